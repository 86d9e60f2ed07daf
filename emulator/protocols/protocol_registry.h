#pragma once

#include "router/protocol_module.h"

#include <vector>

namespace routerlab {

class FrameClassifier;

// The protocol modules an image has, in the order they install: one line each in
// protocol_registry.cpp. Nothing else outside a module's folder names the module.
const std::vector<ModuleDefinition> &protocolModules();

// Every protocol the emulator knows, for telling frames apart (net/frame_classifier.h): the
// router's own (router/frame_kinds.h) and each module's. Built once.
const FrameClassifier &frameKinds();

} // namespace routerlab
