#include <gtest/gtest.h>
#include "engine/profile.h"
TEST(Profile, Placeholder) { EXPECT_EQ(1,1); }
