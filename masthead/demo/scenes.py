"""The demo's scenes, one function each, built from the shapes in `painting`."""

from PIL import ImageDraw

from .painting import (
    HEIGHT,
    WIDTH,
    glow,
    gradient,
    house,
    mix,
    mountains,
    ridge,
    tree,
    vignette,
    water,
)


def flood(rng):
    image = gradient((118, 132, 146), (200, 204, 200))
    mountains(image, rng, 3, (88, 110, 96), (44, 78, 52), (170, 178, 176), top=360)
    draw = ImageDraw.Draw(image)
    for index in range(9):
        x = 80 + index * 170 + rng.uniform(-30, 30)
        house(
            draw,
            x,
            700,
            rng.uniform(90, 130),
            rng.uniform(40, 90),
            (214, 206, 190),
            rng.choice([(150, 70, 50), (80, 90, 110), (120, 60, 40)]),
        )
        tree(draw, x + rng.uniform(130, 160), 700, rng.uniform(60, 110), (52, 86, 50))
    water(image, rng, 640, (96, 74, 48), (150, 124, 90), (178, 156, 120))
    vignette(image, 0.35)
    return image


def sandbags(rng):
    image = gradient((140, 150, 160), (214, 214, 206))
    mountains(image, rng, 2, (110, 122, 110), (70, 90, 70), (180, 186, 184), top=330)
    water(image, rng, 520, (90, 80, 60), (140, 126, 98), (170, 158, 130))
    draw = ImageDraw.Draw(image)
    draw.polygon([(0, 640), (WIDTH, 560), (WIDTH, HEIGHT), (0, HEIGHT)], (118, 104, 80))
    for row in range(7):
        y = 600 - row * 34 + 60
        for column in range(14):
            x = column * 120 + (row % 2) * 60 - 40 + rng.uniform(-8, 8)
            shade = mix((196, 176, 130), (150, 132, 96), rng.random())
            draw.rounded_rectangle(
                (x, y, x + 116, y + 44), 18, fill=shade, outline=(110, 96, 70), width=3
            )
    vignette(image, 0.4)
    return image


def rail(rng):
    image = gradient((58, 48, 96), (240, 160, 110))
    glow(image, (rng.uniform(300, 1300), 520), 120, (255, 214, 150), blur=60)
    mountains(image, rng, 2, (96, 70, 110), (60, 44, 80), (200, 140, 130), top=420)
    water(image, rng, 640, (40, 40, 80), (200, 130, 120), (240, 180, 150))
    draw = ImageDraw.Draw(image)
    deck = 560
    draw.rectangle((0, deck, WIDTH, deck + 26), fill=(30, 26, 40))
    for x in range(-100, WIDTH + 200, 220):
        draw.arc((x, deck + 10, x + 220, deck + 300), 180, 360, (30, 26, 40), width=18)
        draw.rectangle((x - 12, deck + 150, x + 12, HEIGHT), fill=(30, 26, 40))
    start = rng.uniform(200, 500)
    for car in range(6):
        x = start + car * 150
        draw.rounded_rectangle((x, deck - 70, x + 140, deck - 4), 10, (214, 218, 226))
        for window in range(4):
            wx = x + 12 + window * 32
            draw.rectangle((wx, deck - 56, wx + 20, deck - 36), fill=(255, 210, 120))
    vignette(image, 0.35)
    return image


def library(rng):
    image = gradient((24, 34, 70), (120, 110, 150))
    draw = ImageDraw.Draw(image)
    for _ in range(160):
        x, y = rng.uniform(0, WIDTH), rng.uniform(0, 380)
        draw.ellipse((x, y, x + 3, y + 3), fill=(230, 230, 250))
    mountains(image, rng, 4, (60, 70, 110), (26, 40, 40), (110, 110, 150), top=380)
    draw = ImageDraw.Draw(image)
    for band in range(5):
        y = 760 + band * 50
        draw.line(ridge(rng, y, 30)[1:-1], fill=(60, 84, 56), width=6)
    house(draw, 640, 780, 320, 160, (150, 130, 100), (70, 50, 40))
    for window in range(4):
        x = 668 + window * 74
        draw.rectangle((x, 670, x + 44, 730), fill=(255, 200, 110))
    glow(image, (800, 700), 220, (255, 190, 110), blur=90)
    vignette(image, 0.45)
    return image


def court(rng):
    image = gradient((230, 226, 214), (180, 170, 160))
    draw = ImageDraw.Draw(image)
    draw.polygon([(300, 260), (800, 120), (1300, 260)], fill=(200, 192, 178))
    draw.rectangle((300, 260, 1300, 300), fill=(186, 178, 164))
    for index in range(7):
        x = 340 + index * 150
        draw.rectangle((x, 300, x + 70, 800), fill=(216, 208, 194))
        draw.rectangle((x + 48, 300, x + 70, 800), fill=(168, 158, 144))
    for step in range(5):
        y = 800 + step * 40
        draw.rectangle(
            (260 - step * 30, y, 1340 + step * 30, y + 40),
            fill=mix((200, 190, 176), (150, 140, 128), step / 4),
        )
    for _ in range(12):
        x, y = rng.uniform(200, 1400), rng.uniform(830, 960)
        draw.ellipse((x, y - 70, x + 22, y - 48), fill=(60, 56, 66))
        draw.rounded_rectangle((x - 6, y - 48, x + 28, y), 8, fill=(60, 56, 66))
    vignette(image, 0.3)
    return image


def harbour(rng):
    image = gradient((250, 190, 150), (150, 180, 210))
    glow(image, (rng.uniform(900, 1300), 440), 70, (255, 236, 200), blur=50)
    mountains(image, rng, 2, (120, 120, 150), (80, 90, 120), (220, 190, 180), top=400)
    water(image, rng, 560, (40, 70, 110), (170, 170, 190), (230, 210, 200))
    draw = ImageDraw.Draw(image)
    for index in range(5):
        x, y = 120 + index * 300 + rng.uniform(-40, 40), 660 + rng.uniform(0, 160)
        colour = rng.choice([(190, 50, 40), (40, 80, 140), (230, 230, 220)])
        draw.polygon(
            [(x, y), (x + 220, y), (x + 190, y + 50), (x + 20, y + 50)], colour
        )
        draw.rectangle((x + 60, y - 50, x + 130, y), fill=(240, 240, 236))
        draw.line((x + 150, y, x + 150, y - 160), fill=(40, 40, 50), width=5)
    vignette(image, 0.3)
    return image


def delta(rng):
    image = gradient((150, 190, 220), (236, 236, 220))
    draw = ImageDraw.Draw(image)
    horizon = 420
    draw.rectangle((0, horizon - 30, WIDTH, horizon), fill=(70, 110, 70))
    for band in range(14):
        y0 = horizon + (band**1.6) * 9
        y1 = horizon + ((band + 1) ** 1.6) * 9
        green = mix((170, 200, 90), (70, 140, 60), rng.random())
        draw.rectangle((0, y0, WIDTH, y1), fill=green if band % 3 else (150, 180, 200))
    for x in range(-400, WIDTH + 400, 160):
        draw.line(
            (WIDTH / 2 + (x - WIDTH / 2) * 0.1, horizon, x, HEIGHT),
            fill=(110, 150, 80),
            width=3,
        )
    for _ in range(6):
        tree(
            draw, rng.uniform(0, WIDTH), horizon - 10, rng.uniform(60, 90), (50, 90, 50)
        )
    vignette(image, 0.3)
    return image


def karez(rng):
    image = gradient((120, 170, 220), (236, 220, 190))
    mountains(image, rng, 2, (210, 214, 226), (150, 130, 120), (220, 226, 236), top=330)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 520, WIDTH, HEIGHT), fill=(214, 186, 140))
    for index in range(12):
        depth = 1 - index / 12
        x = 300 + index * 90 + 40 * depth
        y = 540 + 420 * depth**2
        radius = 20 + 110 * depth**2
        draw.ellipse(
            (x - radius, y - radius / 2, x + radius, y + radius / 3),
            fill=(186, 156, 112),
        )
        draw.ellipse(
            (x - radius / 3, y - radius / 6, x + radius / 3, y + radius / 8),
            fill=(70, 52, 40),
        )
    vignette(image, 0.35)
    return image


def karez_work(rng):
    image = gradient((140, 186, 226), (240, 226, 196))
    draw = ImageDraw.Draw(image)
    draw.polygon(ridge(rng, 520, 60), fill=(200, 172, 130))
    draw.ellipse((260, 560, 1340, 1100), fill=(176, 146, 104))
    draw.ellipse((620, 700, 980, 840), fill=(52, 38, 30))
    draw.line((800, 200, 800, 770), fill=(120, 90, 60), width=6)
    draw.line((640, 200, 960, 200), fill=(110, 80, 50), width=14)
    for x, height in ((560, 170), (1060, 190)):
        draw.polygon([(x, 760), (x + 60, 760 - height), (x + 70, 760)], (110, 80, 50))
    for index in range(3):
        x = 1120 + index * 120
        draw.polygon(
            [(x, 900), (x + 100, 900), (x + 84, 980), (x + 16, 980)],
            fill=mix((160, 120, 70), (120, 90, 50), rng.random()),
        )
    vignette(image, 0.35)
    return image


def books(rng):
    image = gradient((90, 60, 40), (40, 28, 22))
    draw = ImageDraw.Draw(image)
    for shelf in range(4):
        base = 250 + shelf * 230
        x = 60
        while x < WIDTH - 60:
            width, height = rng.uniform(26, 70), rng.uniform(130, 200)
            colour = rng.choice(
                [
                    (180, 60, 50),
                    (40, 90, 130),
                    (220, 170, 60),
                    (60, 120, 80),
                    (200, 200, 190),
                    (120, 70, 120),
                ]
            )
            draw.rectangle((x, base - height, x + width, base), fill=colour)
            draw.line(
                (x + 6, base - height + 20, x + width - 6, base - height + 20),
                fill=mix(colour, (255, 255, 255), 0.4),
                width=3,
            )
            x += width + rng.uniform(2, 6)
        draw.rectangle((30, base, WIDTH - 30, base + 24), fill=(110, 76, 48))
    glow(image, (WIDTH * 0.7, 200), 260, (255, 210, 150), blur=120)
    vignette(image, 0.5)
    return image


def pasture(rng):
    image = gradient((96, 140, 210), (214, 226, 236))
    mountains(image, rng, 2, (236, 240, 246), (150, 160, 176), (210, 220, 234), top=300)
    draw = ImageDraw.Draw(image)
    draw.polygon(ridge(rng, 640, 70, 0.1), fill=(118, 150, 80))
    for index in range(3):
        x, base = 260 + index * 420 + rng.uniform(-60, 60), 760 + index * 30
        draw.polygon([(x, base), (x + 110, base - 120), (x + 220, base)], (40, 36, 34))
    for _ in range(14):
        x, y = rng.uniform(0, WIDTH), rng.uniform(800, 960)
        draw.ellipse((x, y, x + 70, y + 36), fill=(32, 28, 26))
        draw.ellipse((x + 56, y - 8, x + 84, y + 16), fill=(32, 28, 26))
    vignette(image, 0.3)
    return image


SCENES = {
    scene.__name__: scene
    for scene in (
        flood,
        sandbags,
        rail,
        library,
        court,
        harbour,
        delta,
        karez,
        karez_work,
        books,
        pasture,
    )
}
