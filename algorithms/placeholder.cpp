#include "qgiscompat.h"
