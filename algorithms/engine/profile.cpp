#include "engine/profile.h"
