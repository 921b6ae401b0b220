"""Paint the demo pictures from layered shapes: skies, ridges, water, small figures.

Every scene takes a seeded `random.Random`, so the same seed paints the same picture.
"""

import math

from PIL import Image, ImageDraw, ImageFilter, ImageOps

WIDTH, HEIGHT = 1600, 1000
SIZE = (WIDTH, HEIGHT)


def gradient(top, bottom, size=SIZE):
    return ImageOps.colorize(Image.linear_gradient("L").resize(size), top, bottom)


def mix(colour, other, amount):
    return tuple(
        round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True)
    )


def ridge(rng, base, amplitude, roughness=0.3):
    """Return a closed polygon for a ridge line whose foot lies below the frame."""
    waves = [
        (1.0, rng.uniform(0.6, 1.4), rng.uniform(0, math.tau)),
        (0.45, rng.uniform(2.2, 3.8), rng.uniform(0, math.tau)),
        (roughness, rng.uniform(7, 12), rng.uniform(0, math.tau)),
    ]
    points = [(0, HEIGHT)]
    for x in range(0, WIDTH + 20, 20):
        t = x / WIDTH * math.tau
        lift = sum(weight * math.sin(freq * t + phase) for weight, freq, phase in waves)
        points.append((x, base - amplitude * (lift + 1.5) / 3))
    points.append((WIDTH, HEIGHT))
    return points


def mountains(image, rng, layers, far, near, haze, top=380, step=70):
    """Paint ridges from far to near, each a little less lost in the haze."""
    draw = ImageDraw.Draw(image)
    for index in range(layers):
        nearness = index / max(layers - 1, 1)
        colour = mix(haze, mix(far, near, nearness), 0.35 + 0.65 * nearness)
        draw.polygon(ridge(rng, top + step * index, 260 - 40 * index), fill=colour)


def glow(image, centre, radius, colour, blur=40):
    mask = Image.new("L", SIZE, 0)
    x, y = centre
    ImageDraw.Draw(mask).ellipse((x - radius, y - radius, x + radius, y + radius), 255)
    image.paste(
        colour, (0, 0, WIDTH, HEIGHT), mask.filter(ImageFilter.GaussianBlur(blur))
    )


def water(image, rng, top, deep, shallow, ripple):
    image.paste(gradient(shallow, deep, (WIDTH, HEIGHT - top)), (0, top))
    draw = ImageDraw.Draw(image)
    for _ in range(140):
        y = rng.uniform(top + 6, HEIGHT)
        x = rng.uniform(-100, WIDTH)
        length = rng.uniform(30, 160) * (y - top) / (HEIGHT - top) + 10
        draw.line((x, y, x + length, y), fill=ripple, width=2)


def vignette(image, strength=0.4):
    mask = Image.radial_gradient("L").resize(SIZE).point(lambda v: int(v * strength))
    image.paste((10, 12, 20), (0, 0, WIDTH, HEIGHT), mask)


def house(draw, x, base, width, height, wall, roof):
    draw.rectangle((x, base - height, x + width, base), fill=wall)
    draw.polygon(
        [
            (x - 12, base - height),
            (x + width / 2, base - height - width * 0.45),
            (x + width + 12, base - height),
        ],
        fill=roof,
    )


def tree(draw, x, base, size, colour):
    draw.rectangle(
        (x - size * 0.08, base - size, x + size * 0.08, base), fill=(60, 45, 35)
    )
    draw.ellipse(
        (x - size / 2, base - size * 1.6, x + size / 2, base - size * 0.6), colour
    )
