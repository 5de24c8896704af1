// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import dev.atelier.app.cli.AtelierCommand;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point. {@code atelier <command> ...} runs a command-line tool (see {@link AtelierCommand}); without a
 * command (no arguments, or options such as {@code --mode kiosk}) the desktop application starts.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            // Only here: building every command's model costs the desktop start ~0.1 s.
            CommandLine cli = new CommandLine(new AtelierCommand())
                    .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                    .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
            System.exit(cli.execute(args));
        }
        System.exit(GuiLauncher.launch(args));
    }
}
