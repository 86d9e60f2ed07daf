// Classic pcap files of any content: the reader reports damage as an error string, and what
// it read matches the lengths the records announced.

#include "fuzz_support.h"
#include "net/pcap_file_reader.h"

using namespace routerlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    PcapFileReader reader;
    const bool read = reader.readBytes(fuzz::bytesOf(data, size));
    fuzz::require(read == reader.errorString().empty(), "an error string exactly when reading fails");
    std::size_t captured = 0;
    for (const PcapFrame &frame : reader.frames())
        captured += frame.data.size() + 16;
    fuzz::require(captured + (reader.frames().empty() ? 0 : 24) <= size,
                  "the frames read are no larger than the file");
    return 0;
}
