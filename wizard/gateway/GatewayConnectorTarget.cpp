#include "GatewayConnectorTarget.h"

GatewayConnectorTarget::~GatewayConnectorTarget() = default;
