#pragma once

#include "net/byte_reader.h"

#include <QColor>
#include <QMetaType>
#include <QString>

namespace routerlab::gui {

// What a frame on a link carries, as far as the canvas cares: enough to colour a dot and to
// filter a legend. Decided by decoding the frame with the emulator's own codecs (net/), so
// the GUI never guesses at byte offsets.
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

// Ethernet II → ARP or IPv4 (ICMP, OSPF, ESP, UDP 1985 HSRP, UDP 500/4500 ISAKMP, 4500 with
// a non-zero SPI is ESP in UDP); 802.3 + LLC → spanning tree BPDUs. Anything else, or a frame
// the codecs reject, is Other.
FrameKind classifyFrame(ByteView frame);

// "ARP", "ICMP", "HSRP", "STP", "OSPF", "ISAKMP", "ESP", "Other": Wireshark's column names.
QString frameKindName(FrameKind kind);
// One colour per kind, shared by the packet dots and any legend.
QColor frameKindColor(FrameKind kind);

} // namespace routerlab::gui

Q_DECLARE_METATYPE(routerlab::gui::FrameKind)
