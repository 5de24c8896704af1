// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GuiLauncherTest {

    @Test
    void optionsAreReadWhileJavaFxStartsOnlyWithADisplayAndWithoutHelp() {
        String[] kiosk = {"--mode", "kiosk"};
        assertThat(GuiLauncher.readOptionsWhileStarting(kiosk, Map.of("DISPLAY", ":0"), "Linux")).isTrue();
        assertThat(GuiLauncher.readOptionsWhileStarting(kiosk, Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"))
                .isTrue();
        assertThat(GuiLauncher.readOptionsWhileStarting(kiosk, Map.of(), "Linux")).isFalse();
        assertThat(GuiLauncher.readOptionsWhileStarting(kiosk, Map.of("DISPLAY", " "), "Linux")).isFalse();
        assertThat(GuiLauncher.readOptionsWhileStarting(kiosk, Map.of(), "Windows 11")).isTrue();
        assertThat(GuiLauncher.readOptionsWhileStarting(kiosk, Map.of(), "Mac OS X")).isTrue();
        assertThat(GuiLauncher.readOptionsWhileStarting(new String[] {"--help"}, Map.of("DISPLAY", ":0"), "Linux"))
                .isFalse();
        assertThat(GuiLauncher.readOptionsWhileStarting(new String[] {"-h"}, Map.of(), "Windows 11")).isFalse();
    }

    /**
     * The real launcher in its own JVM, with this machine's display (CI runs under Xvfb): wrong options still end
     * with status 2 and one line saying what is wrong, whether JavaFX was started alongside or not.
     */
    @Test
    void wrongOptionsEndWithStatusTwoAndNoStackTrace() throws Exception {
        Result r = run("--mode", "cashier");
        assertThat(r.status).isEqualTo(GuiLauncher.USAGE_ERROR);
        assertThat(r.err).contains("atelier: ").contains("cashier").contains("--help")
                .doesNotContain("Exception").doesNotContain("\tat ");
        Result env = run("--db", "nonsense");
        assertThat(env.status).isEqualTo(GuiLauncher.USAGE_ERROR);
        assertThat(env.err).contains("nonsense").doesNotContain("\tat ");
    }

    @Test
    void helpPrintsTheOptionsWithoutStartingJavaFx() throws Exception {
        Result r = run("--help");
        assertThat(r.status).isZero();
        assertThat(r.out).contains("--mode").contains("--idle-seconds");
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not end within 60 s");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
