#include "tictactoedomain.h"

#include "errorloggingmodule.h"
#include "frameworkeffects.h"
#include "games/board.h"
#include "games/gamesmodule.h"
#include "onlineusers/onlineusersmodule.h"
#include "scoring/scoringeffects.h"
#include "scoring/scoringmodule.h"
#include "users/usersmodule.h"

ModuleFactory ticTacToeModules(const GameRules &rules)
{
    return [rules](const Clock &clock) {
        DomainModules modules;
        modules.push_back(std::make_unique<ErrorLoggingModule>());
        modules.push_back(std::make_unique<UsersModule>(clock));
        modules.push_back(std::make_unique<OnlineUsersModule>());
        modules.push_back(std::make_unique<GamesModule>(rules));
        modules.push_back(std::make_unique<ScoringModule>());
        return modules;
    };
}

void registerTicTacToeJsonConverters()
{
    registerFrameworkJsonConverters();
    registerGamesJsonConverters();
    registerScoringJsonConverters();
}
