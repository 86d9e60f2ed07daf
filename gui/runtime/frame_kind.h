#pragma once

#include <QColor>
#include <QMetaType>
#include <QString>

namespace routerlab::gui {

// What a frame on a link carries, as far as the canvas cares: enough to colour a dot and to
// filter a legend. The emulator decides (each protocol module names its own frames) and the
// bridge hands over the name (EmulatorBridge::classifyFrame), so the GUI never guesses at
// byte offsets.
enum class FrameKind {
    Arp,
    Icmp,
    Hsrp,
    Stp,
    Ospf,
    Isakmp,
    Esp,
    Other,
};

// The kind whose name is `name`; Other for a name the canvas has no colour for.
FrameKind frameKindNamed(const QString &name);
// "ARP", "ICMP", "HSRP", "STP", "OSPF", "ISAKMP", "ESP", "Other": Wireshark's column names.
QString frameKindName(FrameKind kind);
// One colour per kind, shared by the packet dots and any legend.
QColor frameKindColor(FrameKind kind);

} // namespace routerlab::gui

Q_DECLARE_METATYPE(routerlab::gui::FrameKind)
