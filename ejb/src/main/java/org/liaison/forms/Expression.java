package org.liaison.forms;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An expression of the forms' small language, parsed once and evaluated against answers.
 *
 * <pre>
 *   conditions:  fall = 'yes' and age &gt;= 75        scores:  weight(q1) + weight(q2) * 2
 *   operators:   or  and  not  =  !=  &lt;  &lt;=  &gt;  &gt;=  +  -  *  /  ( )
 *   literals:    12  3.5  'text'  true  false        names:   question or score ids
 *   functions:   answered(q)  weight(q)  contains(q, 'code')  count(q)  sum(a, …)  min(a, …)
 *                max(a, …)  if(condition, a, b)  aggir(coherence, orientation, toilette,
 *                habillage, alimentation, elimination, transferts, deplacements)
 *                aggirCoherence(communication, comportement)  aggirOrientation(temps, espace)
 *                aggirToilette(haut, bas)  aggirHabillage(haut, moyen, bas)
 *                aggirAlimentation(seServir, manger)  aggirElimination(urinaire, fecale)
 * </pre>
 *
 * A name is the answer to a question: a number, a text, a choice's code, true/false, a date, or the
 * codes of a multiple choice; an unanswered question is "nothing", which makes arithmetic give
 * nothing, comparisons false, and {@code sum} count it as 0.
 */
public final class Expression {

  private final String source;
  private final Node root;

  private Expression(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /** Parses, or throws {@link ExpressionException} with the position of the first problem. */
  public static Expression parse(String source) {
    if (source == null || source.isBlank()) {
      throw new ExpressionException("empty expression", 1);
    }
    return new Expression(source, new Parser(source).parseAll());
  }

  public String source() {
    return source;
  }

  /** The names the expression reads, each with the position of its first use. */
  public Map<String, Integer> names() {
    var names = new java.util.LinkedHashMap<String, Integer>();
    root.collectNames(names);
    return names;
  }

  /** The choice weights of a question's chosen answers (for {@code weight(q)}). */
  public interface Answers {
    Value value(String name);

    BigDecimal weight(String name);
  }

  public Value evaluate(Answers answers) {
    return root.eval(answers);
  }

  // ------------------------------------------------------------------ syntax tree

  private sealed interface Node {
    Value eval(Answers a);

    void collectNames(Map<String, Integer> names);
  }

  private record Literal(Value value) implements Node {
    public Value eval(Answers a) {
      return value;
    }

    public void collectNames(Map<String, Integer> names) {}
  }

  private record Name(String name, int position) implements Node {
    public Value eval(Answers a) {
      return a.value(name);
    }

    public void collectNames(Map<String, Integer> names) {
      names.putIfAbsent(name, position);
    }
  }

  private record Unary(String op, Node operand) implements Node {
    public Value eval(Answers a) {
      var v = operand.eval(a);
      if (op.equals("not")) {
        return Value.of(!v.isTrue());
      }
      return v instanceof Value.Num n ? new Value.Num(n.value().negate()) : Value.NOTHING;
    }

    public void collectNames(Map<String, Integer> names) {
      operand.collectNames(names);
    }
  }

  private record Binary(String op, Node left, Node right, int position) implements Node {
    public Value eval(Answers a) {
      if (op.equals("and")) {
        return Value.of(left.eval(a).isTrue() && right.eval(a).isTrue());
      }
      if (op.equals("or")) {
        return Value.of(left.eval(a).isTrue() || right.eval(a).isTrue());
      }
      var l = left.eval(a);
      var r = right.eval(a);
      return switch (op) {
        case "=" -> Value.of(same(l, r));
        case "!=" ->
            Value.of(!(l instanceof Value.Nothing) && !(r instanceof Value.Nothing) && !same(l, r));
        case "<", "<=", ">", ">=" -> compare(op, l, r);
        default -> arithmetic(op, l, r);
      };
    }

    public void collectNames(Map<String, Integer> names) {
      left.collectNames(names);
      right.collectNames(names);
    }
  }

  private record Call(String function, List<Node> args, int position) implements Node {
    public Value eval(Answers a) {
      return Functions.call(this, a);
    }

    public void collectNames(Map<String, Integer> names) {
      args.forEach(arg -> arg.collectNames(names));
    }
  }

  private static boolean same(Value l, Value r) {
    if (l instanceof Value.Num x && r instanceof Value.Num y) {
      return x.value().compareTo(y.value()) == 0;
    }
    if (l instanceof Value.Nothing || r instanceof Value.Nothing) {
      return false;
    }
    return l.equals(r);
  }

  private static Value compare(String op, Value l, Value r) {
    int c;
    if (l instanceof Value.Num x && r instanceof Value.Num y) {
      c = x.value().compareTo(y.value());
    } else if (l instanceof Value.Day x && r instanceof Value.Day y) {
      c = x.value().compareTo(y.value());
    } else if (l instanceof Value.Text x && r instanceof Value.Text y) {
      c = x.value().compareTo(y.value());
    } else {
      return Value.FALSE;
    }
    return Value.of(
        switch (op) {
          case "<" -> c < 0;
          case "<=" -> c <= 0;
          case ">" -> c > 0;
          default -> c >= 0;
        });
  }

  private static Value arithmetic(String op, Value l, Value r) {
    if (!(l instanceof Value.Num x) || !(r instanceof Value.Num y)) {
      return Value.NOTHING;
    }
    return switch (op) {
      case "+" -> new Value.Num(x.value().add(y.value()));
      case "-" -> new Value.Num(x.value().subtract(y.value()));
      case "*" -> new Value.Num(x.value().multiply(y.value()));
      default ->
          y.value().signum() == 0
              ? Value.NOTHING
              : new Value.Num(x.value().divide(y.value(), MathContext.DECIMAL64));
    };
  }

  // ------------------------------------------------------------------ functions

  /** The built-in functions, their arity (-1: one or more) and meaning. */
  static final class Functions {
    private static final Map<String, Integer> ARITY = arities();

    /** The AGGIR variables asked in parts, by the name of the function that combines them. */
    private static final Map<String, Aggir.Composite> COMPOSITES =
        java.util.Arrays.stream(Aggir.Composite.values())
            .collect(java.util.stream.Collectors.toMap(Aggir.Composite::function, c -> c));

    private static Map<String, Integer> arities() {
      var arity = new java.util.HashMap<String, Integer>();
      arity.putAll(
          Map.of(
              "answered", 1,
              "weight", 1,
              "contains", 2,
              "count", 1,
              "sum", -1,
              "min", -1,
              "max", -1,
              "if", 3,
              "aggir", 8));
      for (var c : Aggir.Composite.values()) {
        arity.put(c.function(), c.parts());
      }
      return Map.copyOf(arity);
    }

    /** Functions whose arguments must be question names, not any expression. */
    private static final Set<String> ON_QUESTION = Set.of("answered", "weight", "count");

    private Functions() {}

    static void check(String function, List<Node> args, int position) {
      var arity = ARITY.get(function);
      if (arity == null) {
        throw new ExpressionException(
            "unknown function '"
                + function
                + "'; known: "
                + new java.util.TreeSet<>(ARITY.keySet()),
            position);
      }
      if (arity >= 0 && args.size() != arity || arity < 0 && args.isEmpty()) {
        throw new ExpressionException(
            function
                + " takes "
                + (arity < 0 ? "one or more arguments" : arity + " argument(s)")
                + ", not "
                + args.size(),
            position);
      }
      if ((ON_QUESTION.contains(function) || function.equals("contains"))
          && !(args.get(0) instanceof Name)) {
        throw new ExpressionException(function + " takes a question name first", position);
      }
    }

    static Value call(Call call, Answers a) {
      var args = call.args();
      return switch (call.function()) {
        case "answered" -> Value.of(!(args.get(0).eval(a) instanceof Value.Nothing));
        case "weight" -> new Value.Num(a.weight(((Name) args.get(0)).name()));
        case "contains" -> {
          var v = args.get(0).eval(a);
          var code = args.get(1).eval(a);
          yield Value.of(
              code instanceof Value.Text t
                  && (v instanceof Value.Codes c && c.values().contains(t.value())
                      || v instanceof Value.Text s && s.value().equals(t.value())));
        }
        case "count" -> {
          var v = args.get(0).eval(a);
          int n =
              v instanceof Value.Codes c ? c.values().size() : v instanceof Value.Nothing ? 0 : 1;
          yield new Value.Num(BigDecimal.valueOf(n));
        }
        case "sum" -> {
          var total = BigDecimal.ZERO;
          for (var arg : args) {
            if (arg.eval(a) instanceof Value.Num n) {
              total = total.add(n.value());
            }
          }
          yield new Value.Num(total);
        }
        case "min", "max" -> extreme(call.function().equals("min"), args, a);
        case "if" -> args.get(0).eval(a).isTrue() ? args.get(1).eval(a) : args.get(2).eval(a);
        case "aggir" -> {
          var codes = new ArrayList<String>();
          for (var arg : args) {
            if (!(arg.eval(a) instanceof Value.Text t)) {
              yield Value.NOTHING; // every variable must be answered
            }
            codes.add(t.value());
          }
          yield Aggir.gir(codes)
              .<Value>map(g -> new Value.Num(BigDecimal.valueOf(g)))
              .orElse(Value.NOTHING);
        }
        default -> {
          var composite = COMPOSITES.get(call.function());
          if (composite == null) {
            throw new IllegalStateException(call.function());
          }
          var codes = new ArrayList<String>();
          for (var arg : args) {
            if (!(arg.eval(a) instanceof Value.Text t)) {
              yield Value.NOTHING; // every sub-variable must be answered
            }
            codes.add(t.value());
          }
          yield Aggir.combine(composite, codes).<Value>map(Value.Text::new).orElse(Value.NOTHING);
        }
      };
    }

    private static Value extreme(boolean min, List<Node> args, Answers a) {
      BigDecimal best = null;
      for (var arg : args) {
        if (arg.eval(a) instanceof Value.Num n
            && (best == null
                || (min ? n.value().compareTo(best) < 0 : n.value().compareTo(best) > 0))) {
          best = n.value();
        }
      }
      return Value.of(best);
    }
  }

  // ------------------------------------------------------------------ parser

  private static final class Parser {
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "true", "false");
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    Node parseAll() {
      var node = or();
      skipSpaces();
      if (pos < text.length()) {
        throw error("unexpected '" + text.charAt(pos) + "'");
      }
      return node;
    }

    private Node or() {
      var left = and();
      while (keyword("or")) {
        int at = pos;
        left = new Binary("or", left, and(), at);
      }
      return left;
    }

    private Node and() {
      var left = not();
      while (keyword("and")) {
        int at = pos;
        left = new Binary("and", left, not(), at);
      }
      return left;
    }

    private Node not() {
      if (keyword("not")) {
        return new Unary("not", not());
      }
      return comparison();
    }

    private Node comparison() {
      var left = additive();
      skipSpaces();
      for (var op : List.of("<=", ">=", "!=", "=", "<", ">")) {
        if (text.startsWith(op, pos)) {
          int at = pos + 1;
          pos += op.length();
          return new Binary(op, left, additive(), at);
        }
      }
      return left;
    }

    private Node additive() {
      var left = multiplicative();
      while (true) {
        skipSpaces();
        if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
          var op = String.valueOf(text.charAt(pos));
          int at = ++pos;
          left = new Binary(op, left, multiplicative(), at);
        } else {
          return left;
        }
      }
    }

    private Node multiplicative() {
      var left = unary();
      while (true) {
        skipSpaces();
        if (pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
          var op = String.valueOf(text.charAt(pos));
          int at = ++pos;
          left = new Binary(op, left, unary(), at);
        } else {
          return left;
        }
      }
    }

    private Node unary() {
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == '-') {
        pos++;
        return new Unary("-", unary());
      }
      return primary();
    }

    private Node primary() {
      skipSpaces();
      if (pos >= text.length()) {
        throw error("the expression ends too early");
      }
      char c = text.charAt(pos);
      int start = pos;
      if (c == '(') {
        pos++;
        var inner = or();
        expect(')');
        return inner;
      }
      if (Character.isDigit(c)) {
        while (pos < text.length()
            && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
          pos++;
        }
        try {
          return new Literal(new Value.Num(new BigDecimal(text.substring(start, pos))));
        } catch (NumberFormatException e) {
          throw new ExpressionException("not a number: " + text.substring(start, pos), start + 1);
        }
      }
      if (c == '\'') {
        pos++;
        int end = text.indexOf('\'', pos);
        if (end < 0) {
          throw new ExpressionException("text not closed by '", start + 1);
        }
        pos = end + 1;
        return new Literal(new Value.Text(text.substring(start + 1, end)));
      }
      if (Character.isLetter(c) || c == '_') {
        while (pos < text.length()
            && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
          pos++;
        }
        var word = text.substring(start, pos);
        if (word.equals("true") || word.equals("false")) {
          return new Literal(Value.of(word.equals("true")));
        }
        if (KEYWORDS.contains(word)) {
          throw new ExpressionException("'" + word + "' cannot stand here", start + 1);
        }
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '(') {
          pos++;
          var args = new ArrayList<Node>();
          skipSpaces();
          if (pos < text.length() && text.charAt(pos) == ')') {
            pos++;
          } else {
            do {
              args.add(or());
              skipSpaces();
            } while (pos < text.length() && text.charAt(pos) == ',' && ++pos > 0);
            expect(')');
          }
          Functions.check(word, args, start + 1);
          return new Call(word, List.copyOf(args), start + 1);
        }
        return new Name(word, start + 1);
      }
      throw error("unexpected '" + c + "'");
    }

    private boolean keyword(String word) {
      skipSpaces();
      if (text.startsWith(word, pos)
          && (pos + word.length() == text.length()
              || !Character.isLetterOrDigit(text.charAt(pos + word.length())))) {
        pos += word.length();
        return true;
      }
      return false;
    }

    private void expect(char c) {
      skipSpaces();
      if (pos >= text.length() || text.charAt(pos) != c) {
        throw error("'" + c + "' expected");
      }
      pos++;
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private ExpressionException error(String message) {
      return new ExpressionException(message, pos + 1);
    }
  }
}
