#include "runtime/lab_runtime.h"

#include "console/console_session.h"
#include "console/telnet_server.h"
#include "router/router.h"
#include "runtime/realtime_driver.h"
#include "topology/image_catalog.h"
#include "topology/lab.h"

#include <exception>
#include <vector>

namespace routerlab {

LabRuntime::LabRuntime(std::shared_ptr<const ImageCatalog> catalog, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog))
{
}

LabRuntime::~LabRuntime() { stop(); }

bool LabRuntime::start(const LabSpec &spec, std::uint64_t seed)
{
    std::unique_ptr<Lab> lab;
    if (!m_catalog) {
        stop();
        m_error = tr("No image catalog to build the lab with");
        return false;
    }
    try {
        lab = std::make_unique<Lab>(spec, m_catalog, seed);
    } catch (const std::exception &error) {
        stop();
        m_error = QString::fromStdString(error.what());
        return false;
    }
    return start(std::move(lab));
}

bool LabRuntime::start(std::unique_ptr<Lab> lab)
{
    stop();
    m_error.clear();
    if (!lab) {
        m_error = tr("No lab to start");
        return false;
    }
    // Before boot, so listeners see the boot's own events.
    emit labAttached(lab.get());
    try {
        m_bootOutput = lab->start();
    } catch (const std::exception &error) {
        m_error = QString::fromStdString(error.what());
        emit labDetached();
        return false;
    }
    m_ownedLab = std::move(lab);
    run();
    return true;
}

void LabRuntime::attach(Lab &lab)
{
    stop();
    m_error.clear();
    m_attachedLab = &lab;
    emit labAttached(&lab);
    run();
}

// Consoles on every router, then lab time runs.
void LabRuntime::run()
{
    Lab &running = *lab();
    for (const std::string &name : running.routerNames()) {
        auto session = std::make_unique<ConsoleSession>(*running.router(name));
        session->start();
        m_consoles[name] = std::move(session);
    }
    m_driver = std::make_unique<RealtimeDriver>(running.scheduler());
    m_driver->setSpeed(m_speed);
    connect(m_driver.get(), &RealtimeDriver::advanced, this,
            [this](std::chrono::nanoseconds now) { emit labTimeAdvanced(now.count()); });
    m_driver->start();
    if (m_paused)
        m_driver->pause();
    emit started();
}

void LabRuntime::stop()
{
    if (!isStarted())
        return;
    emit aboutToStop();
    m_telnet.reset();
    m_consoles.clear();
    m_bootOutput.clear();
    m_driver.reset();
    emit labDetached();
    m_attachedLab = nullptr;
    m_ownedLab.reset();
    emit stopped();
}

Lab *LabRuntime::lab() const { return m_ownedLab ? m_ownedLab.get() : m_attachedLab; }

ConsoleSession *LabRuntime::console(const QString &node) const
{
    const auto found = m_consoles.find(node.toStdString());
    return found == m_consoles.end() ? nullptr : found->second.get();
}

QString LabRuntime::bootOutput(const QString &node) const
{
    const auto found = m_bootOutput.find(node.toStdString());
    return found == m_bootOutput.end() ? QString() : QString::fromStdString(found->second);
}

void LabRuntime::play()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_driver)
        m_driver->resume();
    emit pausedChanged(false);
}

void LabRuntime::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    if (m_driver)
        m_driver->pause();
    emit pausedChanged(true);
}

void LabRuntime::setSpeed(double speed)
{
    if (speed <= 0 || speed == m_speed)
        return;
    m_speed = speed;
    if (m_driver)
        m_driver->setSpeed(speed);
    emit speedChanged(speed);
}

SimTime LabRuntime::labTime() const { return lab() ? lab()->scheduler().now() : SimTime{0}; }

void LabRuntime::runFor(SimDuration duration)
{
    if (!lab())
        return;
    lab()->runFor(duration);
    // The driver measures lab time from an anchor; setting the speed re-anchors it here, so it
    // carries on from the new time instead of waiting for the wall clock to catch up.
    if (m_driver)
        m_driver->setSpeed(m_driver->speed());
    emit labTimeAdvanced(labTime().count());
}

bool LabRuntime::reloadNode(const QString &node)
{
    Router *router = lab() ? lab()->router(node.toStdString()) : nullptr;
    if (!router)
        return false;
    emit nodeReloading(node);
    router->reload(kReloadDuration, [this, node] { consoleRestarted(node); });
    return true;
}

void LabRuntime::reloadAll()
{
    if (!lab())
        return;
    for (const std::string &name : lab()->routerNames())
        reloadNode(QString::fromStdString(name));
}

bool LabRuntime::stopNode(const QString &node)
{
    Router *router = lab() ? lab()->router(node.toStdString()) : nullptr;
    if (!router || !router->poweredOn())
        return false;
    router->powerOff();
    if (ConsoleSession *session = console(node))
        session->cli().endConfig();
    emit nodeStopped(node);
    return true;
}

bool LabRuntime::startNode(const QString &node)
{
    Router *router = lab() ? lab()->router(node.toStdString()) : nullptr;
    if (!router || router->poweredOn())
        return false;
    emit nodeReloading(node);
    router->powerOn([this, node] { consoleRestarted(node); });
    return true;
}

bool LabRuntime::isNodeStopped(const QString &node) const
{
    const Router *router = lab() ? lab()->router(node.toStdString()) : nullptr;
    return router && !router->poweredOn();
}

void LabRuntime::consoleRestarted(const QString &node)
{
    // The box restarted: its console line starts over at "Press RETURN", at user exec.
    if (ConsoleSession *session = console(node)) {
        session->cli().endConfig();
        session->cli().setPrivilege(1);
        session->start();
    }
    emit nodeReloaded(node);
}

bool LabRuntime::serveConsoles(quint16 basePort, QString *error, const QHostAddress &address)
{
    if (!lab()) {
        if (error)
            *error = tr("The lab is not running");
        return false;
    }
    std::vector<TelnetServer::Console> consoles;
    for (const std::string &name : lab()->routerNames())
        consoles.push_back({name, m_consoles.at(name).get()});
    auto server = std::make_unique<TelnetServer>();
    if (!server->listen(std::move(consoles), basePort, address)) {
        if (error)
            *error = server->errorString();
        return false;
    }
    m_telnet = std::move(server);
    return true;
}

quint16 LabRuntime::consolePort(const QString &node) const
{
    if (!m_telnet)
        return 0;
    const auto &consoles = m_telnet->consoles();
    for (std::size_t index = 0; index < consoles.size(); ++index) {
        if (consoles[index].node == node.toStdString())
            return m_telnet->port(index);
    }
    return 0;
}

QHostAddress LabRuntime::consoleAddress() const
{
    return m_telnet ? m_telnet->address() : QHostAddress();
}

} // namespace routerlab
