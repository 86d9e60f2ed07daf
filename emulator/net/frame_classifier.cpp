#include "net/frame_classifier.h"

namespace routerlab {

FrameFacts frameFactsOf(ByteView frame)
{
    FrameFacts facts;
    facts.frame = frame;
    facts.ethernet = decodeEthernet(frame);
    if (!facts.ethernet || !facts.ethernet->hasType(EtherType::Ipv4))
        return facts;
    facts.ipv4 = decodeIpv4(facts.ethernet->payload);
    if (facts.ipv4 && facts.ipv4->protocol == IpProtocol::Udp)
        facts.udp = decodeUdp(facts.ipv4->payload, facts.ipv4->source, facts.ipv4->destination);
    return facts;
}

const std::string &FrameClassifier::classify(ByteView frame) const
{
    const FrameFacts facts = frameFactsOf(frame);
    if (!facts.ethernet)
        return m_other;
    for (const NamedRule &named : m_rules) {
        if (named.rule(facts))
            return named.kind;
    }
    return m_other;
}

} // namespace routerlab
