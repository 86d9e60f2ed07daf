#pragma once

// What the console tests share: R1 of the shipped three-routers lab with a ConsoleSession on
// it, and a tiny terminal that turns the bytes into the screen a user would see.
#include "console/console_session.h"
#include "router/router.h"
#include "support/lab_fixture.h"

#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab::testing {

// How many times `what` occurs in `text`.
inline std::size_t count(const std::string &text, std::string_view what)
{
    std::size_t found = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++found;
    return found;
}

// Interprets what a console sends: CR, LF, backspace, bell and printable characters.
class VirtualScreen {
public:
    void feed(std::string_view bytes)
    {
        for (char c : bytes) {
            if (c == '\r') {
                m_column = 0;
            } else if (c == '\n') {
                ++m_row;
            } else if (c == '\b') {
                if (m_column > 0)
                    --m_column;
            } else if (static_cast<unsigned char>(c) >= 0x20) {
                if (m_rows.size() <= m_row)
                    m_rows.resize(m_row + 1);
                std::string &row = m_rows[m_row];
                if (row.size() <= m_column)
                    row.resize(m_column + 1, ' ');
                row[m_column++] = c;
            }
        }
        if (m_rows.size() <= m_row)
            m_rows.resize(m_row + 1);
    }

    // Every row, trailing blanks trimmed, joined by "\n".
    std::string text() const
    {
        std::string out;
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            std::string row = m_rows[i];
            row.erase(row.find_last_not_of(' ') + 1);
            out += row;
            if (i + 1 < m_rows.size())
                out += '\n';
        }
        return out;
    }
    std::string row(std::size_t index) const
    {
        std::string row = index < m_rows.size() ? m_rows[index] : std::string();
        row.erase(row.find_last_not_of(' ') + 1);
        return row;
    }
    // The row the cursor is on, as the user sees it.
    std::string currentRow() const { return row(m_row); }
    std::size_t cursorRow() const { return m_row; }
    std::size_t cursorColumn() const { return m_column; }
    // Forgets everything above the cursor's row, as if it had scrolled away.
    void clear()
    {
        std::vector<std::string> kept{m_row < m_rows.size() ? m_rows[m_row] : std::string()};
        m_rows.swap(kept);
        m_row = 0;
    }

private:
    std::vector<std::string> m_rows;
    std::size_t m_row = 0;
    std::size_t m_column = 0;
};

// R1's console, started and past "Press RETURN", at the R1> prompt with the boot logs out of
// the way.
class ConsoleBench {
    // First, so the lab outlives the console that logs into its router.
    std::shared_ptr<const ImageCatalog> m_catalog;
    Lab m_lab;

public:
    ConsoleBench()
        : m_catalog(catalog()),
          m_lab(loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *m_catalog), m_catalog, 1)
    {
        m_lab.start();
        m_lab.runFor(seconds(60));
        console = std::make_unique<ConsoleSession>(*m_lab.router("R1"));
        console->attach([this](std::string_view bytes) {
            screen.feed(bytes);
            output += bytes;
        });
        console->start();
        console->receive("\r");
    }

    // Keys typed, then whatever is due at this instant (log lines a command caused) runs.
    void type(std::string_view keys)
    {
        console->receive(keys);
        m_lab.scheduler().runUntil(m_lab.scheduler().now());
    }
    void enable() { type("enable\r"); }
    void clearScreen()
    {
        screen.clear();
        output.clear();
    }
    Lab &lab() { return m_lab; }
    Router &router() { return *m_lab.router("R1"); }

    std::unique_ptr<ConsoleSession> console;
    VirtualScreen screen;
    std::string output;
};

} // namespace routerlab::testing
