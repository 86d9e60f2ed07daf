#include "runtime/frame_kind.h"


namespace routerlab::gui {

FrameKind frameKindNamed(const QString &name)
{
    for (FrameKind kind : {FrameKind::Arp, FrameKind::Icmp, FrameKind::Hsrp, FrameKind::Stp,
                           FrameKind::Ospf, FrameKind::Isakmp, FrameKind::Esp}) {
        if (frameKindName(kind) == name)
            return kind;
    }
    return FrameKind::Other;
}

QString frameKindName(FrameKind kind)
{
    switch (kind) {
    case FrameKind::Arp: return QStringLiteral("ARP");
    case FrameKind::Icmp: return QStringLiteral("ICMP");
    case FrameKind::Hsrp: return QStringLiteral("HSRP");
    case FrameKind::Stp: return QStringLiteral("STP");
    case FrameKind::Ospf: return QStringLiteral("OSPF");
    case FrameKind::Isakmp: return QStringLiteral("ISAKMP");
    case FrameKind::Esp: return QStringLiteral("ESP");
    case FrameKind::Other: break;
    }
    return QStringLiteral("Other");
}

QColor frameKindColor(FrameKind kind)
{
    switch (kind) {
    case FrameKind::Arp: return QColor(0xf5, 0xa6, 0x23);    // orange
    case FrameKind::Icmp: return QColor(0x2f, 0x80, 0xed);   // blue
    case FrameKind::Hsrp: return QColor(0x27, 0xae, 0x60);   // green, like an Active badge
    case FrameKind::Stp: return QColor(0x9b, 0x51, 0xe0);    // purple
    case FrameKind::Ospf: return QColor(0xeb, 0x57, 0x57);   // red
    case FrameKind::Isakmp: return QColor(0x00, 0xa3, 0xa3); // teal
    case FrameKind::Esp: return QColor(0x1a, 0x5e, 0x63);    // dark teal
    case FrameKind::Other: break;
    }
    return QColor(0x82, 0x82, 0x82);
}

} // namespace routerlab::gui
