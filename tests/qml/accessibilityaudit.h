// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>

class QQuickWindow;

// What a screen reader finds in a window: every control it can reach (buttons, fields, sliders,
// menu items, cells…) must have a name, or the reader has nothing to say but its role.
namespace AccessibilityAudit {

// The controls in the window, popups included, that are visible and have no accessible name, each
// described by its role and its objectName (or its class when it has none).
QStringList namelessControls(QQuickWindow *window);

} // namespace AccessibilityAudit
