// Any frame a link carries, told apart by the rules every protocol module adds (what the GUI
// colours its packet dots by): frameFactsOf decodes only as far as the layers allow.

#include "fuzz_support.h"
#include "net/frame_classifier.h"
#include "protocols/protocol_registry.h"

using namespace routerlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ByteView frame = fuzz::bytesOf(data, size);
    const FrameFacts facts = frameFactsOf(frame);
    fuzz::require(!facts.ipv4 || facts.ethernet, "IPv4 only inside Ethernet");
    fuzz::require(!facts.udp || facts.isIpProtocol(IpProtocol::Udp), "UDP only inside IPv4");
    const std::string &kind = frameKinds().classify(frame);
    fuzz::require(!kind.empty(), "every frame has a kind");
    return 0;
}
