#include "console/console_session.h"

#include "router/router.h"

namespace routerlab {
namespace {

constexpr char kEscape = 0x1b;
// IOS's escape character, Ctrl-^ (Ctrl-Shift-6): aborts ping and traceroute.
constexpr char kIosEscape = 0x1e;
// What a terminal's key sequences ("ESC [ 3 ~") can hold, and how much typing waits for a
// running command.
constexpr std::size_t kMaxEscapeParameters = 16;
constexpr std::size_t kMaxTypeAhead = 4096;
constexpr char control(char letter) { return static_cast<char>(letter - '@'); }

// The CLI writes "\n"; a terminal needs "\r\n".
std::string terminalLineEnds(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    char previous = 0;
    for (char c : text) {
        if (c == '\n' && previous != '\r')
            out += '\r';
        out += c;
        previous = c;
    }
    return out;
}

bool blank(const std::string &line) { return line.find_first_not_of(' ') == std::string::npos; }

} // namespace

ConsoleSession::ConsoleSession(Router &router)
    : m_router(router),
      m_cli(std::make_unique<cli::CliSession>(router,
                                               [this](std::string_view text) { cliOutput(text); })),
      m_line(router, *m_cli,
             ConsoleLineExec::Screen{[this](std::string_view text) { cliOutput(text); },
                                     [this] {
                                         m_editor.clear();
                                         showPrompt();
                                     },
                                     [this] { logOut(); }})
{
    m_cli->setOnIdle([this] { onIdle(); });
    // After the command's output, not in the middle of it.
    m_cli->setOnLogout([this] { m_logoutPending = true; });
    m_logSink = router.logger().addSink([this](const std::string &line) { logLine(line); });
}

ConsoleSession::~ConsoleSession()
{
    m_router.logger().removeSink(m_logSink);
    m_cli->setOnIdle({});
}

cli::CliSession &ConsoleSession::cli() { return *m_cli; }
Router &ConsoleSession::router() { return m_router; }

int ConsoleSession::attach(Writer writer)
{
    const int id = m_nextWriterId++;
    // A terminal that joins an idle line learns what the line is waiting for.
    if (m_started && m_state == State::WaitingForReturn)
        writer("\r\nPress RETURN to get started!\r\n\r\n");
    m_writers.emplace(id, std::move(writer));
    return id;
}

void ConsoleSession::detach(int id) { m_writers.erase(id); }

std::size_t ConsoleSession::attachedCount() const { return m_writers.size(); }

void ConsoleSession::write(std::string_view bytes)
{
    if (bytes.empty())
        return;
    m_atLineStart = bytes.back() == '\n';
    // A writer may detach itself (or another) while writing, so go by id, not iterator.
    std::vector<int> ids;
    ids.reserve(m_writers.size());
    for (const auto &[id, writer] : m_writers)
        ids.push_back(id);
    for (int id : ids) {
        auto found = m_writers.find(id);
        if (found == m_writers.end())
            continue;
        try {
            Writer writer = found->second; // a copy: the writer may detach itself
            writer(bytes);
        } catch (...) {
            // A client that went away mid-write must not take the line down with it.
            m_writers.erase(id);
        }
    }
}

void ConsoleSession::start()
{
    m_started = true;
    m_state = State::WaitingForReturn;
    m_line.reset();
    write("\r\n\r\nPress RETURN to get started!\r\n\r\n");
}

void ConsoleSession::receive(std::string_view keys)
{
    if (!m_cli->host().poweredOn())
        return;
    for (char byte : keys)
        handleByte(byte);
    // After the keys, so an `exec-timeout` they just configured counts from now.
    m_line.userTyped();
}

void ConsoleSession::handleByte(char byte)
{
    // CR LF and CR NUL are one Return (telnet sends either).
    if (m_afterCarriageReturn) {
        m_afterCarriageReturn = false;
        if (byte == '\n' || byte == '\0')
            return;
    }
    if (byte == '\r')
        m_afterCarriageReturn = true;
    if (m_state == State::Busy) {
        // Ctrl-^ (or a telnet BREAK or Interrupt Process) stops a ping or traceroute; the `x`
        // of the "Ctrl-^ x" users type out of habit goes with it.
        if ((byte == kIosEscape || byte == control('C')) && m_cli->interrupt()) {
            m_swallowAfterEscape = true;
            return;
        }
        if (m_swallowAfterEscape && (byte == 'x' || byte == 'X')) {
            m_swallowAfterEscape = false;
            return;
        }
        m_swallowAfterEscape = false;
        // IOS type-ahead: kept and acted on once the command lets go of the console, up to a
        // terminal's buffer; a client pouring in more loses the excess, not our memory.
        if (m_typeAhead.size() < kMaxTypeAhead)
            m_typeAhead += byte == '\n' ? '\r' : byte;
        return;
    }
    if (m_swallowAfterEscape) {
        m_swallowAfterEscape = false;
        if (byte == 'x' || byte == 'X')
            return;
    }
    switch (m_escape) {
    case Escape::None:
        if (byte == kEscape) {
            m_escape = Escape::Started;
            return;
        }
        handleKey(byte);
        return;
    case Escape::Started:
        if (byte == '[' || byte == 'O') {
            m_escape = Escape::Sequence;
            m_escapeParameters.clear();
            return;
        }
        m_escape = Escape::None; // ESC and a letter (Emacs word keys): not emulated
        return;
    case Escape::Sequence:
        if (byte >= 0x40 && byte <= 0x7e) {
            m_escape = Escape::None;
            handleSequence(byte, m_escapeParameters);
        } else if (m_escapeParameters.size() < kMaxEscapeParameters) {
            // Beyond that it is no key a terminal sends: the bytes up to its end are dropped.
            m_escapeParameters += byte;
        }
        return;
    }
}

void ConsoleSession::handleSequence(char final, const std::string &parameters)
{
    // Arrow and editing-pad keys map onto the Ctrl keys IOS documents for them.
    char key = 0;
    switch (final) {
    case 'A': key = control('P'); break;
    case 'B': key = control('N'); break;
    case 'C': key = control('F'); break;
    case 'D': key = control('B'); break;
    case 'H': key = control('A'); break;
    case 'F': key = control('E'); break;
    case '~':
        if (parameters == "1" || parameters == "7")
            key = control('A');
        else if (parameters == "4" || parameters == "8")
            key = control('E');
        else if (parameters == "3")
            key = control('D');
        break;
    default:
        break;
    }
    if (m_state == State::Paging) {
        pagingKey(key != 0 ? key : final);
        return;
    }
    if (key != 0)
        handleKey(key);
}

void ConsoleSession::handleKey(char key)
{
    switch (m_state) {
    case State::WaitingForReturn:
        if (key == '\r' || key == '\n')
            activate();
        return;
    case State::Editing:
        editingKey(key);
        return;
    case State::Paging:
        pagingKey(key);
        return;
    case State::Executing:
    case State::Busy:
        if (m_typeAhead.size() < kMaxTypeAhead)
            m_typeAhead += key;
        return;
    }
}

void ConsoleSession::editingKey(char key)
{
    // A command may have asked a hidden question since the prompt went up.
    const bool hidden = m_cli->inputHidden();
    m_editor.setEcho(!hidden);
    switch (key) {
    case '\r':
    case '\n':
        enter();
        return;
    case '\b':
    case 0x7f:
        write(m_editor.backspace());
        return;
    case control('A'): write(m_editor.moveToStart()); return;
    case control('E'): write(m_editor.moveToEnd()); return;
    case control('B'): write(m_editor.moveLeft()); return;
    case control('F'): write(m_editor.moveRight()); return;
    case control('D'): write(m_editor.deleteAtCursor()); return;
    case control('U'):
    case control('X'):
        write(m_editor.eraseLine());
        return;
    case control('W'): write(m_editor.eraseWordLeft()); return;
    case control('K'): write(m_editor.eraseToEnd()); return;
    // The previous user's commands are not for whoever stands at the login prompt.
    case control('P'):
        if (!hidden && !m_line.loggingIn())
            write(m_editor.historyPrevious());
        return;
    case control('N'):
        if (!hidden && !m_line.loggingIn())
            write(m_editor.historyNext());
        return;
    case control('R'):
    case control('L'):
        write("\r\n" + m_cli->prompt() + m_editor.redraw());
        return;
    case '\t':
        if (!m_cli->asking())
            tab();
        return;
    case control('Z'):
        if (m_cli->inConfiguration())
            leaveConfiguration("^Z");
        return;
    case control('C'):
        // Abandoning a login question must not skip the login.
        if (m_line.loggingIn())
            return;
        if (m_cli->asking()) {
            // Ctrl-C abandons a dialogue (extended ping, a password) as IOS does.
            m_cli->cancelQuestions();
            m_editor.clear();
            m_editor.setEcho(true);
            write("^C\r\n");
            showPrompt();
        } else if (m_cli->inConfiguration()) {
            leaveConfiguration("^C");
        } else {
            m_editor.clear();
            write("^C\r\n");
            showPrompt();
        }
        return;
    case '?':
        if (!m_cli->asking()) {
            questionMark();
            return;
        }
        break;
    default:
        break;
    }
    if (static_cast<unsigned char>(key) >= 0x20 && key != 0x7f)
        write(m_editor.insert(std::string_view(&key, 1)));
}

void ConsoleSession::pagingKey(char key)
{
    Pager::Key answer = Pager::Key::Quit;
    if (key == ' ')
        answer = Pager::Key::NextPage;
    else if (key == '\r' || key == '\n')
        answer = Pager::Key::NextLine;
    write(m_pager.resume(answer));
    if (!m_pager.paused())
        afterOutput();
}

void ConsoleSession::activate()
{
    write("\r\n");
    m_line.activate();
    if (!m_line.waitingForReturn())
        showPrompt();
}

void ConsoleSession::enter()
{
    const std::string line = m_editor.text();
    const bool answering = m_cli->asking();
    write("\r\n");
    if (!answering && !blank(line)) {
        m_editor.addHistory(line);
        m_cli->remember(line);
    }
    m_editor.clear();
    startOutput();
    m_cli->execute(line);
    afterOutput();
}

void ConsoleSession::questionMark()
{
    // IOS answers '?' and gives the line back as it was, cursor and all.
    write("?\r\n");
    startOutput();
    m_cli->help(m_editor.beforeCursor());
    afterOutput();
}

void ConsoleSession::tab()
{
    const std::string completed = m_cli->complete(m_editor.text());
    if (completed != m_editor.text()) {
        write(m_editor.moveToEnd());
        write(m_editor.replace(completed));
        return;
    }
    // Nothing unique to add: IOS shows the line again on a fresh line.
    write("\r\n" + m_cli->prompt() + m_editor.redraw());
}

void ConsoleSession::leaveConfiguration(const char *echo)
{
    write(std::string(echo) + "\r\n");
    m_editor.clear();
    startOutput();
    m_cli->endConfig();
    m_router.logger().log("SYS", 5, "CONFIG_I", "Configured from console by console");
    afterOutput();
}

void ConsoleSession::startOutput()
{
    m_pager.begin(m_cli->terminal.length);
    m_state = State::Executing;
}

void ConsoleSession::afterOutput()
{
    if (m_pager.paused()) {
        m_state = State::Paging;
        return;
    }
    if (m_logoutPending) {
        m_logoutPending = false;
        logOut();
        return;
    }
    if (m_cli->busy()) {
        // IOS pages what a command prints at once, not what ping or traceroute print as they
        // go: a long ping never stops at --More--.
        m_pager.begin(0);
        m_state = State::Busy;
        return;
    }
    showPrompt();
}

void ConsoleSession::showPrompt()
{
    m_state = State::Editing;
    m_editor.setEcho(!m_cli->inputHidden());
    write(m_cli->prompt() + m_editor.redraw());
    // Log lines a command caused come out after its prompt, as on IOS.
    std::vector<std::string> held = std::move(m_heldLogLines);
    m_heldLogLines.clear();
    for (const std::string &line : held)
        printLogLine(line);
    if (!m_typeAhead.empty() && m_state == State::Editing) {
        const std::string keys = std::move(m_typeAhead);
        m_typeAhead.clear();
        // The replay must not leave its own CR pending over what the user types next.
        const bool afterCarriageReturn = m_afterCarriageReturn;
        m_afterCarriageReturn = false;
        for (char byte : keys)
            handleByte(byte);
        m_afterCarriageReturn = afterCarriageReturn;
    }
}

void ConsoleSession::onIdle()
{
    if (m_state == State::Busy)
        afterOutput();
}

void ConsoleSession::cliOutput(std::string_view text)
{
    const std::string bytes = terminalLineEnds(text);
    if (m_state == State::Executing || m_state == State::Busy || m_state == State::Paging)
        write(m_pager.write(bytes));
    else
        write(bytes);
}

void ConsoleSession::logLine(const std::string &line)
{
    const bool synchronous = m_router.consoleLine().loggingSynchronous;
    if (m_state == State::Executing || m_state == State::Paging ||
        (m_state == State::Busy && synchronous)) {
        m_heldLogLines.push_back(line);
        return;
    }
    printLogLine(line);
}

void ConsoleSession::printLogLine(const std::string &line)
{
    write((m_atLineStart ? "" : "\r\n") + terminalLineEnds(line) + "\r\n");
    // With `logging synchronous` IOS gives the interrupted line back; without it the typing
    // simply carries on below the message.
    if (m_state == State::Editing && m_router.consoleLine().loggingSynchronous)
        write(m_cli->prompt() + m_editor.redraw());
}

void ConsoleSession::logOut()
{
    m_pager.begin(0);
    m_editor.clear();
    m_editor.setEcho(true);
    m_typeAhead.clear();
    m_state = State::WaitingForReturn;
    m_line.logOut();
    std::vector<std::string> held = std::move(m_heldLogLines);
    m_heldLogLines.clear();
    for (const std::string &line : held)
        printLogLine(line);
}

} // namespace routerlab
