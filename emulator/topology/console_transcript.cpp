#include "topology/console_transcript.h"

namespace routerlab {

void ConsoleTranscript::append(std::string_view text)
{
    if (text.empty())
        return;
    m_text += text;
    m_atLineStart = text.back() == '\n';
}

void ConsoleTranscript::switchTo(const std::string &node)
{
    if (node == m_current)
        return;
    if (!m_atLineStart)
        append("\n");
    append("==== " + node + " ====\n");
    m_current = node;
    auto waiting = m_waitingPrompt.find(node);
    if (waiting != m_waitingPrompt.end())
        append(waiting->second);
}

void ConsoleTranscript::write(const std::string &node, std::string_view text)
{
    switchTo(node);
    m_waitingPrompt.erase(node);
    append(text);
}

void ConsoleTranscript::writeLogLine(const std::string &node, std::string_view line)
{
    switchTo(node);
    m_waitingPrompt.erase(node);
    if (!m_atLineStart)
        append("\n");
    append(line);
    append("\n");
}

void ConsoleTranscript::showPrompt(const std::string &node, const std::string &prompt)
{
    switchTo(node);
    if (!m_atLineStart)
        append("\n");
    append(prompt);
    m_waitingPrompt[node] = prompt;
}

void ConsoleTranscript::typeCommand(const std::string &node, const std::string &command)
{
    switchTo(node);
    // A console whose prompt was pushed away by log lines gets the typed text on a fresh line.
    if (m_waitingPrompt.find(node) == m_waitingPrompt.end() && !m_atLineStart)
        append("\n");
    m_waitingPrompt.erase(node);
    append(command + "\n");
}

std::string ConsoleTranscript::take()
{
    std::string text = std::move(m_text);
    m_text.clear();
    return text;
}

} // namespace routerlab
