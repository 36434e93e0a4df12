#pragma once

class EffectBus;

// A slice of the domain: it registers its handlers (in order) on the bus when the application starts.
class DomainModule
{
public:
    virtual ~DomainModule() = default;
    virtual void registerHandlers(EffectBus &bus) = 0;
};
