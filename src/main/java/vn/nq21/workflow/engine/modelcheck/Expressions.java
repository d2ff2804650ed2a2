package vn.nq21.workflow.engine.modelcheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads just enough of Camunda's expression language (JUEL: {@code ${…}} and {@code #{…}}) for the
 * checks: where the expressions in a text are, the identifier an expression starts with, and the names
 * it reads. Not a parser: a tokenizer that knows strings, identifiers and dots.
 */
final class Expressions {

  /** EL words that are not names. */
  private static final Set<String> EL_KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
      "true", "false", "null", "instanceof", "empty", "div", "mod");

  /** FEEL words that are not names (DMN input expressions). */
  private static final Set<String> FEEL_KEYWORDS = Set.of("and", "or", "not", "true", "false", "null", "if",
      "then", "else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of",
      "function", "date", "time", "duration", "string", "number");

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Expressions() {}

  /** Whether {@code text} holds an expression at all. */
  static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** The inside of each {@code ${…}} / {@code #{…}} in {@code text}, in order. */
  static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    int i = 0;
    while (i < text.length() - 1) {
      char c = text.charAt(i);
      if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
        int end = closingBrace(text, i + 2);
        found.add(text.substring(i + 2, Math.min(end, text.length())));
        i = end + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  /** Whether the whole value (trimmed) is exactly one expression. */
  static boolean isSingle(String value) {
    String v = value.trim();
    if (v.length() < 3 || !(v.startsWith("${") || v.startsWith("#{"))) {
      return false;
    }
    return closingBrace(v, 2) == v.length() - 1;
  }

  /**
   * A comma-separated list as Camunda reads {@code candidateGroups}: commas inside an expression do not
   * split it.
   */
  static List<String> splitList(String value) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if ((c == '$' || c == '#') && i + 1 < value.length() && value.charAt(i + 1) == '{') {
        i = closingBrace(value, i + 2) + 1;
      } else if (c == ',') {
        parts.add(value.substring(start, i).trim());
        start = ++i;
      } else {
        i++;
      }
    }
    parts.add(value.substring(Math.min(start, value.length())).trim());
    parts.removeIf(String::isEmpty);
    return parts;
  }

  /** The identifier an expression starts with, and whether it is called as a function. */
  record Root(String name, boolean function) {}

  /** The root of an expression's inside; null when it starts with anything but a name, or a keyword. */
  static Root root(String inner) {
    List<Token> tokens = tokens(inner);
    if (tokens.isEmpty() || tokens.get(0).kind != Kind.NAME || EL_KEYWORDS.contains(tokens.get(0).text)) {
      return null;
    }
    boolean call = tokens.size() > 1 && tokens.get(1).is("(");
    return new Root(tokens.get(0).text, call);
  }

  /**
   * The variable names an expression's inside reads: every name that is not a property or method (after a
   * dot), a function or a keyword, and every string literal shaped like a name (as in
   * {@code execution.getVariable('x')}).
   */
  static Set<String> namesRead(String inner) {
    return names(inner, EL_KEYWORDS);
  }

  /** The names in a DMN input expression (FEEL, or JUEL when it holds {@code ${…}}). */
  static Set<String> namesInDecisionInput(String text) {
    if (hasExpression(text)) {
      Set<String> names = new LinkedHashSet<>();
      in(text).forEach(e -> names.addAll(namesRead(e)));
      return names;
    }
    return names(text, FEEL_KEYWORDS);
  }

  private static Set<String> names(String text, Set<String> keywords) {
    Set<String> names = new LinkedHashSet<>();
    List<Token> tokens = tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind == Kind.STRING && NAME.matcher(t.text).matches()) {
        names.add(t.text);
      }
      if (t.kind != Kind.NAME || keywords.contains(t.text)) {
        continue;
      }
      boolean afterDot = i > 0 && tokens.get(i - 1).is(".");
      boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
      if (!afterDot && !call) {
        names.add(t.text);
      }
    }
    return names;
  }

  /** Index of the brace closing an expression whose inside starts at {@code from}; text length if none. */
  private static int closingBrace(String text, int from) {
    int depth = 1;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  private enum Kind { NAME, STRING, SYMBOL }

  private record Token(Kind kind, String text) {
    boolean is(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }
  }

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        StringBuilder s = new StringBuilder();
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != c) {
          if (text.charAt(j) == '\\' && j + 1 < text.length()) {
            j++;
          }
          s.append(text.charAt(j++));
        }
        tokens.add(new Token(Kind.STRING, s.toString()));
        i = j + 1;
      } else if (Character.isJavaIdentifierStart(c)) {
        int j = i + 1;
        while (j < text.length() && Character.isJavaIdentifierPart(text.charAt(j))) {
          j++;
        }
        tokens.add(new Token(Kind.NAME, text.substring(i, j)));
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.')) {
          j++;
        }
        tokens.add(new Token(Kind.SYMBOL, text.substring(i, j)));
        i = j;
      } else {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
        i++;
      }
    }
    return tokens;
  }
}
