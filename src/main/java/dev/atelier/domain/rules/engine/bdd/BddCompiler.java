// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.engine.ModelTooLargeException;
import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Variable;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDConstruction;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDKernel;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDOperations;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDReorderingMethod;
import org.logicng.knowledgecompilation.bdds.orderings.ForceOrdering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Compiles a {@link FdModel} to one BDD with LogicNG's BDD kernel and exports it as a {@link NodeTable}.
 * <p>
 * The recipe (measured on the Renault benchmark, see DESIGN.md §5): binary-encoded variables; a FORCE ordering
 * computed over the model variables (not the bits), each variable's bits kept adjacent as one reordering block;
 * each table turned into a {@link DecisionDiagram} first and from there into a BDD, never one selector per tuple;
 * the constraint BDDs conjoined as a balanced tree along the variable order; one sifting pass over the blocks at
 * the end (on Renault: 55,870 nodes before, 12,988 after).
 */
final class BddCompiler {

    private static final Logger LOG = Logger.getLogger(BddCompiler.class.getName());
    /** Kernel node table and operation caches grow with the model, between these bounds. */
    private static final int MIN_KERNEL_SIZE = 1_000;
    private static final int MAX_KERNEL_SIZE = 100_000;

    private final FdModel model;
    private final BddCompileLimits limits;
    private final long deadline;
    private final int[] rank;
    private final int[] bits;
    private final int[] firstBit;
    private final BDDKernel kernel;
    private final BDDConstruction construction;

    private BddCompiler(FdModel model, BddCompileLimits limits) {
        this.model = model;
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
        int n = model.size();
        this.bits = new int[n];
        for (int v = 0; v < n; v++) {
            bits[v] = 32 - Integer.numberOfLeadingZeros(model.variable(v).size() - 1);
            if (bits[v] > NodeTable.MAX_BITS) {
                throw new ModelTooLargeException("variable " + model.variable(v).id() + " of model '"
                        + model.name() + "' has " + model.variable(v).size() + " values, more than the BDD engine's "
                        + (1 << NodeTable.MAX_BITS));
            }
        }
        int[] order = forceOrder(model);
        this.rank = new int[n];
        this.firstBit = new int[n];
        FormulaFactory f = new FormulaFactory();
        List<Variable> kernelOrder = new ArrayList<>();
        for (int position = 0; position < n; position++) {
            int v = order[position];
            rank[v] = position;
            firstBit[v] = kernelOrder.size();
            for (int bit = 0; bit < bits[v]; bit++) {
                kernelOrder.add(f.variable("v" + v + "_" + bit));
            }
        }
        long work = kernelOrder.size() + model.constraints().stream().mapToLong(BddCompiler::size).sum();
        int kernelSize = (int) Math.max(MIN_KERNEL_SIZE, Math.min(MAX_KERNEL_SIZE, 4 * work));
        this.kernel = new BDDKernel(f, kernelOrder, kernelSize, kernelSize);
        this.construction = new BDDConstruction(kernel);
    }

    /**
     * Compiles the model.
     *
     * @throws ModelTooLargeException if the BDD outgrows {@code limits}
     */
    static CompiledModel compile(FdModel model, BddCompileLimits limits) {
        return new BddCompiler(model, limits).run();
    }

    private CompiledModel run() {
        long start = System.nanoTime();
        List<FdConstraint> constraints = model.constraints();
        DecisionDiagram[] diagrams = new DecisionDiagram[constraints.size()];
        List<Part> parts = new ArrayList<>();
        for (int v = 0; v < model.size(); v++) {
            int size = model.variable(v).size();
            if (size < 1 << bits[v]) {
                int[] codes = new int[size];
                Arrays.setAll(codes, i -> i);
                parts.add(new Part(rank[v], switchOn(v, codes, constantChildren(size, BDDKernel.BDD_TRUE))));
            }
        }
        for (int c = 0; c < constraints.size(); c++) {
            FdConstraint constraint = constraints.get(c);
            int bottom = Arrays.stream(constraint.scope()).map(v -> rank[v]).max().orElse(-1);
            if (constraint instanceof TableConstraint table) {
                diagrams[c] = DecisionDiagram.of(table, model, rank);
                parts.add(new Part(bottom, diagramBdd(diagrams[c])));
            } else {
                parts.add(new Part(bottom, clauseBdd((ClauseConstraint) constraint)));
            }
            checkTime("building the rule BDDs");
        }
        BDDOperations operations = new BDDOperations(kernel);
        int root = conjoin(parts, operations);
        int beforeSifting = operations.nodeCount(root);
        long built = System.nanoTime();
        for (int v = 0; v < model.size(); v++) {
            if (bits[v] > 0) {
                kernel.addVariableBlock(firstBit[v], firstBit[v] + bits[v] - 1, true);
            }
        }
        kernel.reorder(BDDReorderingMethod.BDD_REORDER_SIFT);
        int afterSifting = operations.nodeCount(root);
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(String.format("model '%s': BDD of %d nodes built in %d ms, %d nodes after sifting in %d ms",
                    model.name(), beforeSifting, (built - start) / 1_000_000, afterSifting,
                    (System.nanoTime() - built) / 1_000_000));
        }
        NodeTable table = export(root, operations);
        release(root);
        return new CompiledModel(model, table, Arrays.asList(diagrams), rank);
    }

    /**
     * Conjoins the parts as a balanced tree over their position in the variable order: neighbours first, so the
     * intermediate BDDs stay local and small (measured 3x faster than a linear bottom-up chain on Renault).
     */
    private int conjoin(List<Part> parts, BDDOperations operations) {
        List<Part> round = new ArrayList<>(parts);
        round.sort(Comparator.comparingInt(Part::bottom));
        int total = round.size();
        int done = 0;
        while (round.size() > 1) {
            List<Part> next = new ArrayList<>((round.size() + 1) / 2);
            for (int i = 0; i + 1 < round.size(); i += 2) {
                Part a = round.get(i);
                Part b = round.get(i + 1);
                int both = and(a.bdd(), b.bdd());
                release(a.bdd());
                release(b.bdd());
                next.add(new Part(b.bottom(), both));
                int size = operations.nodeCount(both);
                done++;
                if (size > limits.maxNodes()) {
                    release(both);
                    throw tooLarge(size + " nodes after " + done + " of " + (total - 1) + " conjunctions");
                }
                checkTime("conjoining the rules");
            }
            if (round.size() % 2 == 1) {
                next.add(round.get(round.size() - 1));
            }
            round = next;
        }
        return round.isEmpty() ? BDDKernel.BDD_TRUE : round.get(0).bdd();
    }

    /** A rough measure of a constraint's size: its number of tuples or literals. */
    private static long size(FdConstraint constraint) {
        return constraint instanceof TableConstraint table ? (long) table.tuples().length * table.scope().length
                : constraint.scope().length;
    }

    private record Part(int bottom, int bdd) {
    }

    /** FORCE over the model variables: one hyperedge per constraint scope. */
    private static int[] forceOrder(FdModel model) {
        FormulaFactory f = new FormulaFactory();
        List<Formula> edges = new ArrayList<>();
        for (FdConstraint constraint : model.constraints()) {
            edges.add(f.or(Arrays.stream(constraint.scope()).distinct().mapToObj(v -> f.variable("x" + v))
                    .toArray(Formula[]::new)));
        }
        int[] order = new int[model.size()];
        boolean[] placed = new boolean[model.size()];
        int position = 0;
        for (Variable variable : new ForceOrdering().getOrder(f.and(edges))) {
            int v = Integer.parseInt(variable.name().substring(1));
            order[position++] = v;
            placed[v] = true;
        }
        for (int v = 0; v < model.size(); v++) {
            if (!placed[v]) {
                order[position++] = v;
            }
        }
        return order;
    }

    private int diagramBdd(DecisionDiagram diagram) {
        int[] bdd = new int[diagram.nodeCount() + 2];
        bdd[DecisionDiagram.FALSE] = BDDKernel.BDD_FALSE;
        bdd[DecisionDiagram.TRUE] = BDDKernel.BDD_TRUE;
        for (int node = 2; node < bdd.length; node++) {
            int[] children = diagram.edgeChildren(node).clone();
            for (int i = 0; i < children.length; i++) {
                children[i] = bdd[children[i]];
            }
            bdd[node] = switchOn(diagram.variable(node), diagram.edgeValues(node), children);
        }
        int root = ref(bdd[diagram.root()]);
        for (int node = 2; node < bdd.length; node++) {
            release(bdd[node]);
        }
        if (!diagram.negated()) {
            return root;
        }
        int negated = ref(construction.not(root));
        release(root);
        return negated;
    }

    private int clauseBdd(ClauseConstraint clause) {
        int result = BDDKernel.BDD_FALSE;
        for (int i = 0; i < clause.scope().length; i++) {
            int v = clause.scope()[i];
            int value = clause.values()[i];
            int literal = BDDKernel.BDD_FALSE;
            if (value >= 0 && value < model.variable(v).size()) {
                literal = switchOn(v, new int[] {value}, new int[] {BDDKernel.BDD_TRUE});
            }
            if (!clause.positive()[i]) {
                int negated = ref(construction.not(literal));
                release(literal);
                literal = negated;
            }
            int next = ref(construction.or(result, literal));
            release(result);
            release(literal);
            result = next;
        }
        return result;
    }

    /**
     * The BDD of "the variable's code is {@code codes[i]} and then {@code children[i]} holds"; codes not listed
     * lead to false. Codes must be ascending; the result is referenced.
     */
    private int switchOn(int variable, int[] codes, int[] children) {
        return bitSwitch(variable, 0, codes, children, 0, codes.length);
    }

    private int bitSwitch(int variable, int bit, int[] codes, int[] children, int from, int to) {
        if (from == to) {
            return BDDKernel.BDD_FALSE;
        }
        if (bit == bits[variable]) {
            return ref(children[from]);
        }
        int weight = 1 << (bits[variable] - 1 - bit);
        int middle = from;
        while (middle < to && (codes[middle] & weight) == 0) {
            middle++;
        }
        int low = bitSwitch(variable, bit + 1, codes, children, from, middle);
        int high = bitSwitch(variable, bit + 1, codes, children, middle, to);
        if (low == high) {
            release(high);
            return low;
        }
        int kernelVariable = firstBit[variable] + bit;
        int highBranch = ref(construction.and(construction.ithVar(kernelVariable), high));
        int lowBranch = ref(construction.and(construction.nithVar(kernelVariable), low));
        int result = ref(construction.or(highBranch, lowBranch));
        release(highBranch);
        release(lowBranch);
        release(high);
        release(low);
        return result;
    }

    private static int[] constantChildren(int count, int node) {
        int[] children = new int[count];
        Arrays.fill(children, node);
        return children;
    }

    private int and(int a, int b) {
        return ref(construction.and(a, b));
    }

    private int ref(int node) {
        kernel.addRef(node, null);
        return node;
    }

    private void release(int node) {
        kernel.delRef(node);
    }

    private void checkTime(String step) {
        if (System.nanoTime() > deadline) {
            throw tooLarge("compile time over " + limits.maxTime().toSeconds() + " s while " + step);
        }
    }

    private ModelTooLargeException tooLarge(String detail) {
        return new ModelTooLargeException("model '" + model.name() + "' is too large for the BDD engine: " + detail
                + " (limits: " + limits.maxNodes() + " nodes, " + limits.maxTime().toSeconds() + " s)");
    }

    /** Copies the BDD under {@code root} out of the kernel, nodes sorted by level. */
    private NodeTable export(int root, BDDOperations operations) {
        int[] levelToKernelVar = kernel.getCurrentVarOrder();
        int levels = levelToKernelVar.length;
        int[] bitVariable = new int[levels];
        int[] bitWeight = new int[levels];
        for (int v = 0; v < model.size(); v++) {
            for (int bit = 0; bit < bits[v]; bit++) {
                bitVariable[firstBit[v] + bit] = v;
                bitWeight[firstBit[v] + bit] = 1 << (bits[v] - 1 - bit);
            }
        }
        int[] levelVariable = new int[levels];
        int[] levelWeight = new int[levels];
        int[] kernelVarLevel = new int[levels];
        for (int level = 0; level < levels; level++) {
            int kernelVar = levelToKernelVar[level];
            kernelVarLevel[kernelVar] = level;
            levelVariable[level] = bitVariable[kernelVar];
            levelWeight[level] = bitWeight[kernelVar];
        }
        List<int[]> nodes = root < 2 ? new ArrayList<>() : operations.allNodes(root);
        nodes.sort(Comparator.comparingInt(node -> kernelVarLevel[node[1]]));
        int count = nodes.size() + 2;
        int[] nodeLevel = new int[count];
        int[] nodeLow = new int[count];
        int[] nodeHigh = new int[count];
        nodeLevel[NodeTable.FALSE] = levels;
        nodeLevel[NodeTable.TRUE] = levels;
        nodeHigh[NodeTable.TRUE] = NodeTable.TRUE;
        nodeLow[NodeTable.TRUE] = NodeTable.TRUE;
        Map<Integer, Integer> id = new HashMap<>(count * 2);
        id.put(BDDKernel.BDD_FALSE, NodeTable.FALSE);
        id.put(BDDKernel.BDD_TRUE, NodeTable.TRUE);
        for (int i = 0; i < nodes.size(); i++) {
            id.put(nodes.get(i)[0], i + 2);
        }
        for (int i = 0; i < nodes.size(); i++) {
            int[] node = nodes.get(i);
            nodeLevel[i + 2] = kernelVarLevel[node[1]];
            nodeLow[i + 2] = id.get(node[2]);
            nodeHigh[i + 2] = id.get(node[3]);
        }
        return new NodeTable(model.size(), levelVariable, levelWeight, nodeLevel, nodeLow, nodeHigh, id.get(root));
    }
}
