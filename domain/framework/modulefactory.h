#pragma once

#include "domainmodule.h"

#include <functional>
#include <memory>
#include <vector>

class Clock;

using DomainModules = std::vector<std::unique_ptr<DomainModule>>;
// Builds the application's modules, in handler-registration order, where they will live.
using ModuleFactory = std::function<DomainModules(const Clock &clock)>;
