#include "clientlogging.h"

Q_LOGGING_CATEGORY(lcClient, "tictactoe.client", QtInfoMsg)
