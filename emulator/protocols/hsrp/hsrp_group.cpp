#include "protocols/hsrp/hsrp_group.h"

#include <algorithm>

namespace routerlab::hsrp {
namespace {

std::uint8_t wholeSeconds(SimDuration duration)
{
    // v1 carries seconds; sub-second timers are rounded up so a running timer never reads 0.
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(duration).count();
    return static_cast<std::uint8_t>(std::clamp<std::int64_t>((ms + 999) / 1000, 1, 255));
}

std::string peerText(int priority, Ipv4Address address)
{
    return "(" + std::to_string(priority) + "/" + address.toString() + ")";
}

} // namespace

Group::Group(Scheduler &scheduler, GroupHost &host, int number)
    : m_scheduler(scheduler), m_host(host), m_number(number), m_activeTimer(scheduler),
      m_standbyTimer(scheduler), m_helloTimer(scheduler), m_preemptTimer(scheduler)
{
}

Ipv4Address Group::virtualIp() const
{
    if (config.virtualIp)
        return *config.virtualIp;
    return m_learnedIp.value_or(Ipv4Address());
}

MacAddress Group::virtualMac() const
{
    return MacAddress({0x00, 0x00, 0x0c, 0x07, 0xac, static_cast<std::uint8_t>(m_number)});
}

Timers Group::timers() const
{
    if (config.timers)
        return *config.timers;
    return m_learnedTimers.value_or(Timers{});
}

std::optional<SimDuration> Group::nextHelloIn() const
{
    return m_helloTimer.isRunning() ? std::optional(m_helloTimer.remaining()) : std::nullopt;
}

std::optional<SimDuration> Group::activeExpiresIn() const
{
    return m_active && m_activeTimer.isRunning() ? std::optional(m_activeTimer.remaining()) : std::nullopt;
}

std::optional<SimDuration> Group::standbyExpiresIn() const
{
    return m_standby && m_standbyTimer.isRunning() ? std::optional(m_standbyTimer.remaining())
                                                   : std::nullopt;
}

// ---- events from outside

void Group::enable()
{
    if (m_state != State::Initial)
        return;
    m_enabledAt = m_scheduler.now();
    note(Event::Enabled, "HSRP enabled");
    // a: AB, then Listen when the virtual IP is known, Learn while it is not.
    startActiveTimer();
    startStandbyTimer();
    changeState(config.virtualIp ? State::Listen : State::Learn);
}

void Group::disable()
{
    if (m_state == State::Initial)
        return;
    note(Event::Disabled, "HSRP disabled");
    // b: CD (and H from Active; an interface that is down cannot send it, the module drops it).
    if (m_state == State::Active)
        sendMessage(OpCode::Resign);
    m_active.reset();
    m_standby.reset();
    changeState(State::Initial);
}

void Group::resign()
{
    if (m_state == State::Active)
        sendMessage(OpCode::Resign);
}

void Group::configurationChanged()
{
    if (m_state == State::Initial)
        return;
    // A new priority or preempt setting acts on the next Hello from the Active router, as in
    // IOS; only a newly configured address moves a learning group on at once.
    if (m_state == State::Learn && config.virtualIp)
        changeState(State::Listen);
}

void Group::receive(const Message &message, Ipv4Address source)
{
    if (m_state == State::Initial || message.group != m_number)
        return;
    switch (message.opCode) {
    case OpCode::Hello: handleHello(message, source); break;
    case OpCode::Coup: handleCoup(message, source); break;
    case OpCode::Resign: handleResign(message, source); break;
    }
}

// ---- the state table (RFC 2281 section 5.6)

void Group::handleHello(const Message &message, Ipv4Address source)
{
    const Peer peer{source, message.priority};
    const bool higher = higherThanUs(message.priority, source);

    // Whatever the sender was, a Hello tells its current state.
    if (m_active && m_active->address == source && message.state != State::Active)
        m_active.reset();
    if (m_standby && m_standby->address == source && message.state != State::Standby)
        m_standby.reset();

    if (message.state == State::Active) {
        if (m_state == State::Active && !higher) {
            // h in Active: a second, lesser Active; tell it who is in charge.
            note(Event::LowerActiveHello, "Hello rcvd from lower pri Active router " +
                                              peerText(message.priority, source));
            sendMessage(OpCode::Coup);
            return;
        }
        m_active = peer;
        learn(message);
        startActiveTimer(std::chrono::seconds(message.holdtime));
        announceRouters();
        if (m_state == State::Learn && !virtualIp().isUnspecified()) {
            changeState(State::Listen);
            return;
        }
        if (higher) {
            if (m_state == State::Active) {
                // g in Active: ABEFJ and H; the other Active wins.
                note(Event::HigherActiveHello, "Hello rcvd from higher pri Active router " +
                                                   peerText(message.priority, source));
                sendMessage(OpCode::Resign);
                startStandbyTimer();
                changeState(State::Speak);
            }
            return;
        }
        // h outside Active: a lesser router holds the address; preempt if configured to.
        preemptOrWait(peer);
        return;
    }

    if (message.state == State::Standby) {
        if (m_state == State::Standby && !higher)
            return; // l in Standby: it will hear us and step back
        m_standby = peer;
        startStandbyTimer(std::chrono::seconds(message.holdtime));
        announceRouters();
        if (higher && (m_state == State::Standby || m_state == State::Speak)) {
            // k: someone better is Standby.
            note(Event::HigherStandbyHello, "Hello rcvd from higher pri Standby router " +
                                                peerText(message.priority, source));
            changeState(State::Listen);
        } else if (!higher && m_state == State::Listen) {
            // l in Listen: we are the better candidate for Standby.
            note(Event::LowerStandbyHello, "Hello rcvd from lower pri Standby router " +
                                               peerText(message.priority, source));
            changeState(State::Speak);
        }
        return;
    }

    if (message.state == State::Speak && higher &&
        (m_state == State::Speak || m_state == State::Standby)) {
        // f: a better candidate speaks; step back and let it become Standby.
        note(Event::HigherSpeakHello, "Hello rcvd from higher pri Speak router " +
                                          peerText(message.priority, source));
        if (m_state == State::Standby)
            m_standby.reset();
        startStandbyTimer();
        changeState(State::Listen);
    }
}

void Group::handleCoup(const Message &message, Ipv4Address source)
{
    if (!higherThanUs(message.priority, source))
        return;
    m_active = Peer{source, message.priority};
    if (m_standby && m_standby->address == source)
        m_standby.reset();
    startActiveTimer();
    announceRouters();
    if (m_state == State::Active) {
        // j in Active: ABFJ, to Speak. IOS also resigns, so the new Active hears it leave.
        note(Event::CoupReceived, "Coup rcvd from higher pri router " + peerText(message.priority, source));
        sendMessage(OpCode::Resign);
        startStandbyTimer();
        changeState(State::Speak);
    }
}

void Group::handleResign(const Message &message, Ipv4Address source)
{
    const std::string detail = "Resign rcvd " + peerText(message.priority, source);
    if (m_state == State::Active) {
        note(Event::ResignReceived, detail);
        m_host.stillActive();
        return;
    }
    if (!m_active || m_active->address != source)
        return;
    m_active.reset();
    // i: the Standby router takes over at once; others contend only when there is no Standby.
    if (m_state == State::Standby || ((m_state == State::Speak || m_state == State::Listen) && !m_standby)) {
        note(Event::ResignReceived, detail);
        becomeActive();
    }
}

void Group::timerExpired(Event event)
{
    if (event == Event::ActiveTimerExpired) {
        const std::string who = m_active ? m_active->address.toString() : "unknown";
        m_active.reset();
        switch (m_state) {
        case State::Listen:
            note(event, "Active timer expired (" + who + ")");
            announceRouters();
            startStandbyTimer();
            changeState(State::Speak);
            break;
        case State::Speak:
        case State::Standby:
            note(event, "Active timer expired (" + who + ")");
            becomeActive();
            break;
        default:
            break; // Learn waits for a Hello to learn the address from
        }
        return;
    }
    // d: the Standby router went silent.
    const std::string who = m_standby ? m_standby->address.toString() : "unknown";
    m_standby.reset();
    switch (m_state) {
    case State::Listen:
        note(event, "Standby timer expired (" + who + ")");
        announceRouters();
        changeState(State::Speak);
        break;
    case State::Speak:
        note(event, "Standby timer expired (" + who + ")");
        changeState(State::Standby);
        break;
    case State::Active:
        note(event, "Standby timer expired (" + who + ")");
        announceRouters();
        break;
    default:
        break;
    }
}

// ---- actions

void Group::preemptOrWait(const Peer &active)
{
    if (!shouldPreempt(active.priority, active.address))
        return;
    const SimTime allowedAt = m_enabledAt + config.preemptDelay;
    if (m_scheduler.now() < allowedAt) {
        if (!m_preemptTimer.isRunning()) {
            m_host.debugEvent("Starting minimum preempt delay (" +
                              std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                                 config.preemptDelay)
                                                 .count()) +
                              " secs)");
            m_preemptTimer.start(allowedAt - m_scheduler.now(), [this] {
                m_host.debugEvent("Minimum preempt delay expired");
                if (m_state != State::Active && m_active)
                    preemptOrWait(*m_active);
            });
        }
        return;
    }
    note(Event::LowerActiveHello,
         "Hello rcvd from lower pri Active router " + peerText(active.priority, active.address));
    coup();
}

void Group::coup()
{
    // G then the move to Active: the Coup announces the takeover from the state we leave.
    sendMessage(OpCode::Coup);
    m_active.reset();
    changeState(State::Active);
}

void Group::becomeActive()
{
    m_active.reset();
    changeState(State::Active);
}

void Group::learn(const Message &message)
{
    // E: the virtual IP when not configured, and the Active router's timers.
    if (!config.virtualIp && !message.virtualIp.isUnspecified())
        m_learnedIp = message.virtualIp;
    if (message.hellotime > 0 && message.holdtime > message.hellotime)
        m_learnedTimers = Timers{std::chrono::seconds(message.hellotime), std::chrono::seconds(message.holdtime)};
}

bool Group::higherThanUs(int priority, Ipv4Address address) const
{
    const int ours = m_host.effectivePriority();
    if (priority != ours)
        return priority > ours;
    return address > m_host.interfaceAddress();
}

bool Group::shouldPreempt(int activePriority, Ipv4Address activeAddress) const
{
    return config.preempt && m_state != State::Active && m_state != State::Learn &&
           !higherThanUs(activePriority, activeAddress);
}

// Action A/B: a Hello's Holdtime when the timer restarts on one (RFC 2281 section 5.6 action
// A), else our own. v1 carries whole seconds, so configured sub-second timers beat a Hello's
// rounded value.
SimDuration Group::holdFor(std::optional<SimDuration> heard) const
{
    if (heard && heard->count() > 0 && !(config.timers && config.timersInMsec))
        return *heard;
    return timers().hold;
}

void Group::startActiveTimer(std::optional<SimDuration> hold)
{
    m_activeTimer.start(holdFor(hold), [this] { timerExpired(Event::ActiveTimerExpired); });
}

void Group::startStandbyTimer(std::optional<SimDuration> hold)
{
    m_standbyTimer.start(holdFor(hold), [this] { timerExpired(Event::StandbyTimerExpired); });
}

void Group::startHelloTimer()
{
    m_helloTimer.start(timers().hello, [this] {
        sendMessage(OpCode::Hello);
        startHelloTimer();
    });
}

void Group::stopTimers()
{
    m_activeTimer.stop();
    m_standbyTimer.stop();
    m_helloTimer.stop();
    m_preemptTimer.stop();
}

void Group::sendMessage(OpCode opCode)
{
    Message message;
    message.opCode = opCode;
    message.state = m_state;
    message.hellotime = wholeSeconds(timers().hello);
    message.holdtime = wholeSeconds(timers().hold);
    message.priority = static_cast<std::uint8_t>(std::clamp(m_host.effectivePriority(), 0, 255));
    message.group = static_cast<std::uint8_t>(m_number);
    message.authentication = config.authentication;
    message.virtualIp = virtualIp();
    m_host.send(message);
}

// ---- the one transition function

void Group::changeState(State to)
{
    const State from = m_state;
    if (from == to)
        return;
    m_state = to;

    // Exit actions.
    if (from == State::Active)
        m_host.ownVirtualAddress(false);

    // Entry actions.
    switch (to) {
    case State::Initial:
        stopTimers();
        break;
    case State::Learn:
        m_helloTimer.stop();
        break;
    case State::Listen:
        // From Learn the timers may have run out unheeded; Listen needs both to move on.
        m_helloTimer.stop();
        if (!m_activeTimer.isRunning())
            startActiveTimer();
        if (!m_standbyTimer.isRunning())
            startStandbyTimer();
        break;
    case State::Speak:
        if (!m_activeTimer.isRunning() && !m_active)
            startActiveTimer();
        if (!m_standbyTimer.isRunning())
            startStandbyTimer();
        break;
    case State::Standby:
        m_standby.reset();
        m_standbyTimer.stop();
        break;
    case State::Active:
        m_active.reset();
        m_activeTimer.stop();
        m_preemptTimer.stop();
        if (!m_standby)
            m_standbyTimer.stop();
        break;
    }

    announceRouters();
    const bool announced = from == State::Active || to == State::Active || from == State::Standby ||
                           to == State::Standby;
    if (announced) {
        ++m_stateChanges;
        m_lastStateChange = m_scheduler.now();
    }
    m_host.debugEvent(std::string(stateName(from)) + " -> " + stateName(to));
    m_host.stateChanged(from, to);

    if (to == State::Active) {
        m_host.ownVirtualAddress(true);
        m_host.sendGratuitousArp();
    }
    if (to == State::Speak || to == State::Standby || to == State::Active) {
        sendMessage(OpCode::Hello);
        startHelloTimer();
    }
}

void Group::note(Event event, const std::string &detail)
{
    m_host.debugEvent(std::string(stateName(m_state)) + ": " + static_cast<char>(event) + "/" + detail);
}

std::string Group::activeText() const
{
    if (m_active)
        return m_active->address.toString();
    return m_state == State::Active ? "local" : "unknown";
}

std::string Group::standbyText() const
{
    if (m_state == State::Standby)
        return "local";
    return m_standby ? m_standby->address.toString() : "unknown";
}

void Group::announceRouters()
{
    const auto announce = [this](const char *role, std::string now, std::string &was) {
        if (now == was)
            return;
        std::string text = std::string(role) + " router is " + now;
        if (was != "unknown")
            text += ", was " + was;
        m_host.debugEvent(text);
        was = std::move(now);
    };
    announce("Active", activeText(), m_announcedActive);
    announce("Standby", standbyText(), m_announcedStandby);
}

} // namespace routerlab::hsrp
