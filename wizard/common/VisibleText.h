#pragma once

#include <QString>

// Text from outside (a plan, a server's answer, a file) shown in a message. A control character
// can end a message early (a NUL ends the C string a terminal gets) or redraw the line (a carriage
// return), and a bidirectional control makes text read differently from what it is ("Evil\u202eOrg"
// shows as "EvilgrO"): such characters are shown as <U+XXXX> instead.
namespace VisibleText {
// C0 and C1 controls, DEL, and the line and paragraph separators U+2028/U+2029.
bool isControl(char32_t c);
// The invisible characters that change the direction text is shown in: the embeddings and overrides
// U+202A–U+202E, the isolates U+2066–U+2069 and the marks U+200E, U+200F and U+061C.
bool isBidiControl(char32_t c);
// Where the first control or bidirectional control in `text` is (an index into it), -1 when none.
qsizetype firstHidden(const QString &text);
// "U+202E".
QString codePoint(char32_t c);
// `text` with every control and bidirectional control replaced by <U+XXXX>.
QString escaped(const QString &text);
// The same for a whole message on a terminal: line feeds and tabs are kept.
QString forTerminal(const QString &text);
} // namespace VisibleText
