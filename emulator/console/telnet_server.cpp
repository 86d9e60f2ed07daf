#include "console/telnet_server.h"

#include "console/console_session.h"

#include <algorithm>

namespace routerlab {

TelnetConnection::TelnetConnection(QTcpSocket *socket, ConsoleSession &session, QObject *parent)
    : QObject(parent), m_socket(socket), m_session(session)
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &TelnetConnection::readClient);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        detach();
        emit closed(this);
    });
    send(m_protocol.greeting());
    m_writerId = m_session.attach(
        [this](std::string_view bytes) { send(TelnetProtocol::escape(bytes)); });
}

TelnetConnection::~TelnetConnection()
{
    detach();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void TelnetConnection::detach()
{
    if (m_writerId != 0)
        m_session.detach(m_writerId);
    m_writerId = 0;
}

void TelnetConnection::send(std::string_view bytes)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || bytes.empty())
        return;
    m_socket->write(bytes.data(), static_cast<qint64>(bytes.size()));
}

void TelnetConnection::readClient()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    const auto size = static_cast<std::size_t>(bytes.size());
    const TelnetProtocol::Output out = m_protocol.receive(std::string_view(bytes.constData(), size));
    send(out.reply);
    if (!out.data.empty() && m_writerId != 0)
        m_session.receive(out.data);
}

TelnetServer::TelnetServer(QObject *parent) : QObject(parent) {}

TelnetServer::~TelnetServer() { close(); }

bool TelnetServer::listen(std::vector<Console> consoles, quint16 basePort,
                          const QHostAddress &address)
{
    close();
    m_address = address;
    for (std::size_t index = 0; index < consoles.size(); ++index) {
        auto server = std::make_unique<QTcpServer>();
        const quint16 port = basePort == 0 ? 0 : static_cast<quint16>(basePort + index);
        if ((basePort != 0 && basePort + index > 65535) || !server->listen(address, port)) {
            m_error = QStringLiteral("%1: cannot listen on %2 port %3: %4")
                          .arg(QString::fromStdString(consoles[index].node), address.toString())
                          .arg(basePort + index)
                          .arg(server->errorString());
            m_servers.clear();
            return false;
        }
        connect(server.get(), &QTcpServer::newConnection, this, [this, index] { accept(index); });
        m_servers.push_back(std::move(server));
    }
    m_consoles = std::move(consoles);
    m_error.clear();
    return true;
}

void TelnetServer::close()
{
    // Connections first: each detaches from its session while the session is still alive.
    for (TelnetConnection *connection : m_connections)
        delete connection;
    m_connections.clear();
    m_servers.clear();
    m_consoles.clear();
}

quint16 TelnetServer::port(std::size_t index) const
{
    return index < m_servers.size() ? m_servers[index]->serverPort() : 0;
}

void TelnetServer::accept(std::size_t index)
{
    while (QTcpSocket *socket = m_servers[index]->nextPendingConnection()) {
        const QString node = QString::fromStdString(m_consoles[index].node);
        auto *connection = new TelnetConnection(socket, *m_consoles[index].session, this);
        m_connections.push_back(connection);
        connect(connection, &TelnetConnection::closed, this,
                [this, node](TelnetConnection *gone) {
                    m_connections.erase(
                        std::remove(m_connections.begin(), m_connections.end(), gone),
                        m_connections.end());
                    gone->deleteLater();
                    emit clientDisconnected(node);
                });
        emit clientConnected(node);
    }
}

} // namespace routerlab
