#include <gtest/gtest.h>
#include "qgiscompat.h"
TEST(Smoke, Field) { EXPECT_EQ(targetgroup::compat::makeField("a", targetgroup::compat::FieldKind::Double).name(), QStringLiteral("a")); }
