#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

#include "console/telnet_protocol.h"

#include <memory>
#include <string>
#include <vector>

namespace routerlab {

class ConsoleSession;

// One telnet client on a console line: negotiation through TelnetProtocol, keys into the
// shared ConsoleSession, the session's output back out. Detaches the moment the client goes,
// so a client that vanishes mid-command (mid-ping, mid---More--) leaves the line to the others.
class TelnetConnection : public QObject {
    Q_OBJECT
public:
    TelnetConnection(QTcpSocket *socket, ConsoleSession &session, QObject *parent = nullptr);
    ~TelnetConnection() override;

    const TelnetProtocol &protocol() const { return m_protocol; }

signals:
    void closed(TelnetConnection *connection);

private:
    void readClient();
    void send(std::string_view bytes);
    void detach();

    QPointer<QTcpSocket> m_socket;
    ConsoleSession &m_session;
    TelnetProtocol m_protocol;
    int m_writerId = 0;
};

// The consoles of a lab, Dynamips-style: one listening port per router, base, base+1, ... in
// lab node order, on 127.0.0.1 unless told otherwise. Several clients may share a port; they
// share the line, as on a real console server. Base port 0 asks for any free ports (tests).
class TelnetServer : public QObject {
    Q_OBJECT
public:
    struct Console {
        std::string node;
        ConsoleSession *session = nullptr;
    };

    explicit TelnetServer(QObject *parent = nullptr);
    ~TelnetServer() override;

    // Listens for every console; on failure nothing listens and errorString() says why.
    bool listen(std::vector<Console> consoles, quint16 basePort,
                const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    void close();
    QString errorString() const { return m_error; }

    const std::vector<Console> &consoles() const { return m_consoles; }
    quint16 port(std::size_t index) const;
    QHostAddress address() const { return m_address; }
    std::size_t connectionCount() const { return m_connections.size(); }

signals:
    void clientConnected(const QString &node);
    void clientDisconnected(const QString &node);

private:
    void accept(std::size_t index);

    std::vector<Console> m_consoles;
    std::vector<std::unique_ptr<QTcpServer>> m_servers;
    std::vector<TelnetConnection *> m_connections;
    QHostAddress m_address;
    QString m_error;
};

} // namespace routerlab
