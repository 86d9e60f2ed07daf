#pragma once

#include <map>
#include <string>
#include <string_view>

namespace routerlab {

// Several node consoles written into one text, in the order things happen: a header line
// marks each change of console, and the prompt a console left waiting is shown again when the
// transcript returns to it, so each block reads as that console's screen.
class ConsoleTranscript {
public:
    // Output of `node`'s console (command output, log and debug lines).
    void write(const std::string &node, std::string_view text);
    // A log line arriving asynchronously: IOS starts it on a fresh line.
    void writeLogLine(const std::string &node, std::string_view line);
    void showPrompt(const std::string &node, const std::string &prompt);
    void typeCommand(const std::string &node, const std::string &command);

    const std::string &text() const { return m_text; }
    std::string take();

private:
    void switchTo(const std::string &node);
    void append(std::string_view text);

    std::string m_text;
    std::string m_current;
    bool m_atLineStart = true;
    std::map<std::string, std::string> m_waitingPrompt; // node -> prompt on its screen
};

} // namespace routerlab
