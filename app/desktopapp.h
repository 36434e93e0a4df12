// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "launchoptions.h"

class QGuiApplication;

// Runs the game window until it closes and returns the process exit code.
int runDesktopApp(QGuiApplication &app, const LaunchOptions &options);
