// Generated from specs/tmallcar/taobao.car.vehicleinfo.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.car.vehicleinfo.register` (全量车型导入). */
export interface TaobaoCarVehicleinfoRegisterRequest {
  /**
   * 参数集合
   *
   * Max list size: 50
   */
  param_list?: TaobaoCarVehicleinfoRegisterFullInfoCarModelDTOInput[];
}

/** Response of `taobao.car.vehicleinfo.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCarVehicleinfoRegisterResponse {
  /** 返回素材id */
  data?: boolean;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FullInfoCarModelDTO` of `taobao.car.vehicleinfo.register`. */
export interface TaobaoCarVehicleinfoRegisterFullInfoCarModelDTOInput {
  /** ABS防抱死 */
  abs?: string;
  /** 空调 */
  ac?: string;
  /** 温度分区控制 */
  ac_zone_control?: string;
  /** 自适应巡航 */
  acc?: string;
  /** 加速时间（0-100Km/h） */
  acceleration?: string;
  /** 离去角 */
  access_angle?: string;
  /** 主动刹车 */
  active_brake?: string;
  /** 主动转向系统 */
  active_steering?: string;
  /** 自动头灯 */
  adaptive_headlamp?: string;
  /** 空气悬挂 */
  air_suspension?: string;
  /** 车内氛围灯 */
  ambientes_lamp?: string;
  /** 车窗防夹手功能 */
  anti_pinch_glass?: string;
  /** 牵引力控制（ASR/TCS/TRC等） */
  asr?: string;
  /** 自动空调 */
  auto_ac?: string;
  /** 后视镜自动防眩目 */
  auto_dimming_inside_mirror?: string;
  /** 自动泊车入位 */
  automatic_varking?: string;
  /** nightVision */
  blis?: string;
  /** 蓝牙车载电话 */
  bluetooth?: string;
  /** 车体结构 */
  body_structure?: string;
  /** 车身型式 */
  body_type?: string;
  /** 缸径 */
  bore?: string;
  /** 品牌代码 */
  brand_code?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 车篷型式 */
  calash?: string;
  /** 三元催化器 */
  catalyst?: string;
  /** 中控锁 */
  central_locking?: string;
  /** 压缩底盘id */
  chassis_cid?: string;
  /** 底盘号 */
  chassis_code?: string;
  /** 工信部综合油耗（L/100KM） */
  combined_fuel_consumption?: string;
  /** 压缩比 */
  compression_ratio?: string;
  /** 冷却方式 */
  cooling_method?: string;
  /** 转向头灯 */
  corner_headlamp?: string;
  /** 国别 */
  country?: string;
  /** 定速巡航 */
  cruise_control?: string;
  /** 整备质量（kg） */
  curb_weight?: string;
  /** 气缸排列形式 */
  cylinder_arrangement?: string;
  /** 缸体材料 */
  cylinder_block?: string;
  /** 缸盖材料 */
  cylinder_head?: string;
  /** 气缸容积 */
  cylinder_volume?: string;
  /** 气缸数（个） */
  cylinders?: string;
  /** 日间行车灯 */
  daytime_running_lamp?: string;
  /** 接近角 */
  departure_angle?: string;
  /** 近光灯 */
  dipped_lights?: string;
  /** 排量 */
  displacement?: string;
  /** 车门数 */
  doors?: string;
  /** 驱动方式 */
  drive_mode?: string;
  /** 驱动形式 */
  drive_model?: string;
  /** 驾驶座安全气囊 */
  driver_airbag?: string;
  /** 驾驶座座椅电动调节 */
  driver_seat_power_adjustable?: string;
  /** 刹车辅助（EBA/BAS/BA等） */
  eba?: string;
  /** 制动力分配（EBD/CBC等） */
  ebd?: string;
  /** 方向盘电动调节 */
  electric_adjustable_steering_wheel?: string;
  /** 电动吸合门 */
  electric_suction_door?: string;
  /** 后视镜电动调节 */
  electrically_adjustable_outside_mirror?: string;
  /** 排放标准 */
  emission_standard?: string;
  /** 发动机电子防盗 */
  engine_antitheft?: string;
  /** 发动机描述 */
  engine_description?: string;
  /** 发动机特有技术 */
  engine_knowhow?: string;
  /** 发动机位置 */
  engine_location?: string;
  /** 发动机生产厂家 */
  engine_manufacturer?: string;
  /** 发动机型号 */
  engine_model?: string;
  /** 外接音源接口（AUX/USB/iPod等） */
  entertainment_connector?: string;
  /** 自动驻车上坡辅助 */
  epb?: string;
  /** 车身稳定控制（ESP/DSC/VSC等） */
  esp?: string;
  /** 前制动器类型 */
  front_brake?: string;
  /** 前座中央扶手 */
  front_center_armrest?: string;
  /** 前排头部气囊（气帘） */
  front_curtain_airbag?: string;
  /** 前雾灯 */
  front_fog_lamp?: string;
  /** 前电动车窗 */
  front_power_window?: string;
  /** 前轮毂规格 */
  front_rim?: string;
  /** 前排座椅加热 */
  front_seat_heater?: string;
  /** 前排侧气囊 */
  front_side_airbag?: string;
  /** 前悬挂类型 */
  front_suspension?: string;
  /** 前轮距（mm） */
  front_track?: string;
  /** 前轮胎规格 */
  front_tyre?: string;
  /** 燃油标号 */
  fuel_grade?: string;
  /** 供油方式 */
  fuel_injection?: string;
  /** 油箱容积（L） */
  fuel_tank_capacity?: string;
  /** 燃油类型 */
  fuel_type?: string;
  /** 档位数 */
  gear_number?: string;
  /** 代数 */
  generation?: string;
  /** GPS导航 */
  gps?: string;
  /** 指导价格(万元) */
  guiding_price?: string;
  /** 陡坡缓降 */
  hdc?: string;
  /** 大灯清洗装置 */
  headlamp_washer?: string;
  /** 后视镜加热 */
  heated_outside_mirror?: string;
  /** 高度（mm） */
  height?: string;
  /** 大灯高度可调 */
  height_adjustable_headlamp?: string;
  /** 座椅高低调节 */
  height_adjustable_seat?: string;
  /** 方向盘上下调节 */
  height_adjustable_steering_wheel?: string;
  /** 氙气大灯 */
  hid_headlamp?: string;
  /** 远光灯 */
  high_beam?: string;
  /** 最大马力（PS） */
  horsepower?: string;
  /** HUD抬头数字显示 */
  hud?: string;
  /** 停产年份 */
  idling_year?: string;
  /** 进气形式 */
  induction?: string;
  /** 后视镜记忆 */
  inside_mirror_with_memory?: string;
  /** 隔热玻璃 */
  insulated_glass?: string;
  /** 发动机启停技术 */
  intelligent_stop_start?: string;
  /** 定位互动服务 */
  interactive_information_services?: string;
  /** 内置硬盘 */
  internal_hard_disk?: string;
  /** 是否商用车 */
  is_commercial?: number;
  /** 是否海外车 */
  is_foreign?: number;
  /** ISOFIX儿童座椅接口 */
  isofix?: string;
  /** 无钥匙进入系统 */
  keyless_entry?: string;
  /** 无钥匙启动系统 */
  keyless_go?: string;
  /** 膝部气囊 */
  knee_airbag?: string;
  /** LATCH座椅接口 */
  latch?: string;
  /** 中控台彩色大屏 */
  lcd_screen?: string;
  /** 真皮座椅 */
  leather_seat?: string;
  /** 真皮方向盘 */
  leather_steering_wheel?: string;
  /** LED大灯 */
  led_headlamp?: string;
  /** 长度（mm） */
  length?: string;
  /** 方向盘前后调节 */
  length_adjustable_steering_wheel?: string;
  /** 车系 */
  line_name?: string;
  /** 上市月份 */
  listing_month?: string;
  /** 上市年份 */
  listing_year?: string;
  /** 行李厢容积（L） */
  luggage_place?: string;
  /** 腰部支撑调节 */
  lumber_support_adjustable?: string;
  /** 力洋id */
  ly_id: string;
  /** 人机交互系统 */
  man_machine_interactive_system?: string;
  /** 厂家名称 */
  manufacture_name?: string;
  /** 厂家代码 */
  manufacturers_code?: string;
  /** 最大载重质量（kg） */
  max_loading?: string;
  /** 最高车速（km/h） */
  max_speed?: string;
  /** 电动座椅记忆 */
  memory_seat?: string;
  /** 最小离地间隙（mm） */
  min_ground_clearance?: string;
  /** 最小转弯半径 */
  min_turning_radius?: string;
  /** 工信部车型代码 */
  model_code?: string;
  /** 车型 */
  model_name?: string;
  /** 车型代码 */
  models_code?: string;
  /** 音频支持MP3 */
  mp3?: string;
  /** 多碟CD */
  multi_disc_cd?: string;
  /** 多碟DVD */
  multi_disc_dvd?: string;
  /** 多功能方向盘 */
  multifunction_steering_wheel?: string;
  /** 夜视系统 */
  night_vision?: string;
  /** 后排座椅整体放倒 */
  overall_rear_seats_fold_down?: string;
  /** 全景摄像头 */
  panoramic_camera?: string;
  /** 全景天窗 */
  panoramic_sunroof?: string;
  /** 泊车辅助 */
  parking_assist?: string;
  /** 驻车制动类型 */
  parking_brake?: string;
  /** 副驾驶安全气囊 */
  passenger_airbag?: string;
  /** 副驾驶座座椅电动调节 */
  passenger_seat_power_adjustable?: string;
  /** 空气调节/花粉过滤 */
  pollen_filter?: string;
  /** 后视镜电动折叠 */
  power_fold_outside_mirror?: string;
  /** 最大功率（kW） */
  power_kw?: string;
  /** 最大功率转速（rpm） */
  power_rpm?: string;
  /** 助力类型 */
  power_steering?: string;
  /** 电动后备箱 */
  power_tailgate?: string;
  /** 生产年份 */
  produced_year?: string;
  /** 生产状态 */
  production_status?: string;
  /** 感应雨刷 */
  rain_sensing_wipers?: string;
  /** 后排独立空调 */
  rear_ac?: string;
  /** 后风挡遮阳帘 */
  rear_back_window_glass_blind?: string;
  /** 后制动器类型 */
  rear_brake?: string;
  /** 后座中央扶手 */
  rear_center_armrest?: string;
  /** 后排杯架 */
  rear_cup_holder?: string;
  /** 后排头部气囊（气帘） */
  rear_curtain_airbag?: string;
  /** 后排液晶屏 */
  rear_entertainment_screen?: string;
  /** 倒车雷达 */
  rear_parking_aid?: string;
  /** 后电动车窗 */
  rear_power_window?: string;
  /** 后轮毂规格 */
  rear_rim?: string;
  /** 后排座椅加热 */
  rear_seat_heater?: string;
  /** 后排座椅电动调节 */
  rear_seat_power_adjustable?: string;
  /** 后排座椅比例放倒 */
  rear_seats_proportion_fold_down?: string;
  /** 后排侧气囊 */
  rear_side_airbag?: string;
  /** 后排侧遮阳帘 */
  rear_side_window_glass_blind?: string;
  /** 后悬挂类型 */
  rear_suspension?: string;
  /** 后轮距（mm） */
  rear_track?: string;
  /** 后轮胎规格 */
  rear_tyre?: string;
  /** 后座出风口 */
  rear_vent?: string;
  /** 倒车视频影像 */
  rear_view_camera?: string;
  /** 后雨刷 */
  rear_wiper?: string;
  /** 车载冰箱 */
  refrigerator?: string;
  /** 备注 */
  remark?: string;
  /** 遥控钥匙 */
  remote_control?: string;
  /** 轮毂材料 */
  rims_material?: string;
  /** 车顶型式 */
  roof_type?: string;
  /** 零胎压继续行驶 */
  run_flat_tyre?: string;
  /** 销售名称 */
  sales_name?: string;
  /** 销售状态 */
  sales_status?: string;
  /** 销售版本 */
  sales_version?: string;
  /** 年款 */
  sales_year?: string;
  /** 座椅按摩 */
  seat_massage?: string;
  /** 座椅通风 */
  seat_ventilation?: string;
  /** 安全带未系提示 */
  seatbelt_warning_lamp?: string;
  /** 座位数（个） */
  seats?: string;
  /** 第二排靠背角度调节 */
  second_row_backrest_adjustable?: string;
  /** 第二排座椅移动 */
  second_row_seat_position_adjustable?: string;
  /** 车系代码 */
  series_code?: string;
  /** 肩部支撑调节 */
  shoulder_support_adjustable?: string;
  /** 单碟CD */
  single_disc_cd?: string;
  /** 单碟DVD */
  single_disc_dvd?: string;
  /** 备胎规格 */
  spare_wheel?: string;
  /** 扬声器数量 */
  speaker_number?: string;
  /** 中控液晶屏分屏显示 */
  splitview?: string;
  /** 运动外观套件 */
  sport_body_dress_up_kits?: string;
  /** 运动座椅 */
  sport_seat?: string;
  /** 转向机形式 */
  steering?: string;
  /** 方向盘换挡 */
  steering_wheel_with_shift?: string;
  /** 冲程 */
  stroke?: string;
  /** 市郊工况油耗（L/100KM） */
  suburb_fuel_consumption?: string;
  /** 电动天窗 */
  sunroof?: string;
  /** 遮阳板化妆镜 */
  sunvisor_mirror?: string;
  /** 车载信息服务 */
  telematics?: string;
  /** 第三排座椅 */
  third_row_seat?: string;
  /** 胎压监测装置 */
  tire_pressure_monitor?: string;
  /** 最大扭矩（N·m） */
  torque_nm?: string;
  /** 最大扭矩转速（rpm） */
  torque_rpm?: string;
  /** 变速器配置 */
  transmission_configuration?: string;
  /** 变速器描述 */
  transmission_description?: string;
  /** 变速器型号 */
  transmission_model?: string;
  /** 变速器类型 */
  transmission_type?: string;
  /** 行车电脑显示屏 */
  trip_computer?: string;
  /** 市区工况油耗（L/100KM） */
  urban_fuel_consumption?: string;
  /** 配气机构 */
  valve_system?: string;
  /** 每缸气门数（个） */
  valves_per_cylinder?: string;
  /** 可变转向比 */
  variable_steering_ratio?: string;
  /** 可变悬挂 */
  variable_suspension?: string;
  /** 车身颜色 */
  vehicle_color?: string;
  /** 车辆级别 */
  vehicle_size?: string;
  /** 车载电视 */
  vehicle_tv?: string;
  /** 车辆类型 */
  vehicle_type?: string;
  /** 厂家类型（国产,合资,进口） */
  vehicle_vttributes?: string;
  /** 版本 */
  version?: string;
  /** 压缩版本id */
  version_cid?: string;
  /** 虚拟多碟CD */
  virtual_multi_disc_cd?: string;
  /** 整车质保 */
  warranty_period?: string;
  /** 轴距（mm） */
  wheelbase?: string;
  /** 宽度（mm） */
  width?: string;
}

const REQUEST_SCHEMA = {
  param_list: [
    {
      abs: 'String',
      ac: 'String',
      ac_zone_control: 'String',
      acc: 'String',
      acceleration: 'String',
      access_angle: 'String',
      active_brake: 'String',
      active_steering: 'String',
      adaptive_headlamp: 'String',
      air_suspension: 'String',
      ambientes_lamp: 'String',
      anti_pinch_glass: 'String',
      asr: 'String',
      auto_ac: 'String',
      auto_dimming_inside_mirror: 'String',
      automatic_varking: 'String',
      blis: 'String',
      bluetooth: 'String',
      body_structure: 'String',
      body_type: 'String',
      bore: 'String',
      brand_code: 'String',
      brand_name: 'String',
      calash: 'String',
      catalyst: 'String',
      central_locking: 'String',
      chassis_cid: 'String',
      chassis_code: 'String',
      combined_fuel_consumption: 'String',
      compression_ratio: 'String',
      cooling_method: 'String',
      corner_headlamp: 'String',
      country: 'String',
      cruise_control: 'String',
      curb_weight: 'String',
      cylinder_arrangement: 'String',
      cylinder_block: 'String',
      cylinder_head: 'String',
      cylinder_volume: 'String',
      cylinders: 'String',
      daytime_running_lamp: 'String',
      departure_angle: 'String',
      dipped_lights: 'String',
      displacement: 'String',
      doors: 'String',
      drive_mode: 'String',
      drive_model: 'String',
      driver_airbag: 'String',
      driver_seat_power_adjustable: 'String',
      eba: 'String',
      ebd: 'String',
      electric_adjustable_steering_wheel: 'String',
      electric_suction_door: 'String',
      electrically_adjustable_outside_mirror: 'String',
      emission_standard: 'String',
      engine_antitheft: 'String',
      engine_description: 'String',
      engine_knowhow: 'String',
      engine_location: 'String',
      engine_manufacturer: 'String',
      engine_model: 'String',
      entertainment_connector: 'String',
      epb: 'String',
      esp: 'String',
      front_brake: 'String',
      front_center_armrest: 'String',
      front_curtain_airbag: 'String',
      front_fog_lamp: 'String',
      front_power_window: 'String',
      front_rim: 'String',
      front_seat_heater: 'String',
      front_side_airbag: 'String',
      front_suspension: 'String',
      front_track: 'String',
      front_tyre: 'String',
      fuel_grade: 'String',
      fuel_injection: 'String',
      fuel_tank_capacity: 'String',
      fuel_type: 'String',
      gear_number: 'String',
      generation: 'String',
      gps: 'String',
      guiding_price: 'String',
      hdc: 'String',
      headlamp_washer: 'String',
      heated_outside_mirror: 'String',
      height: 'String',
      height_adjustable_headlamp: 'String',
      height_adjustable_seat: 'String',
      height_adjustable_steering_wheel: 'String',
      hid_headlamp: 'String',
      high_beam: 'String',
      horsepower: 'String',
      hud: 'String',
      idling_year: 'String',
      induction: 'String',
      inside_mirror_with_memory: 'String',
      insulated_glass: 'String',
      intelligent_stop_start: 'String',
      interactive_information_services: 'String',
      internal_hard_disk: 'String',
      is_commercial: 'byte',
      is_foreign: 'byte',
      isofix: 'String',
      keyless_entry: 'String',
      keyless_go: 'String',
      knee_airbag: 'String',
      latch: 'String',
      lcd_screen: 'String',
      leather_seat: 'String',
      leather_steering_wheel: 'String',
      led_headlamp: 'String',
      length: 'String',
      length_adjustable_steering_wheel: 'String',
      line_name: 'String',
      listing_month: 'String',
      listing_year: 'String',
      luggage_place: 'String',
      lumber_support_adjustable: 'String',
      ly_id: 'String',
      man_machine_interactive_system: 'String',
      manufacture_name: 'String',
      manufacturers_code: 'String',
      max_loading: 'String',
      max_speed: 'String',
      memory_seat: 'String',
      min_ground_clearance: 'String',
      min_turning_radius: 'String',
      model_code: 'String',
      model_name: 'String',
      models_code: 'String',
      mp3: 'String',
      multi_disc_cd: 'String',
      multi_disc_dvd: 'String',
      multifunction_steering_wheel: 'String',
      night_vision: 'String',
      overall_rear_seats_fold_down: 'String',
      panoramic_camera: 'String',
      panoramic_sunroof: 'String',
      parking_assist: 'String',
      parking_brake: 'String',
      passenger_airbag: 'String',
      passenger_seat_power_adjustable: 'String',
      pollen_filter: 'String',
      power_fold_outside_mirror: 'String',
      power_kw: 'String',
      power_rpm: 'String',
      power_steering: 'String',
      power_tailgate: 'String',
      produced_year: 'String',
      production_status: 'String',
      rain_sensing_wipers: 'String',
      rear_ac: 'String',
      rear_back_window_glass_blind: 'String',
      rear_brake: 'String',
      rear_center_armrest: 'String',
      rear_cup_holder: 'String',
      rear_curtain_airbag: 'String',
      rear_entertainment_screen: 'String',
      rear_parking_aid: 'String',
      rear_power_window: 'String',
      rear_rim: 'String',
      rear_seat_heater: 'String',
      rear_seat_power_adjustable: 'String',
      rear_seats_proportion_fold_down: 'String',
      rear_side_airbag: 'String',
      rear_side_window_glass_blind: 'String',
      rear_suspension: 'String',
      rear_track: 'String',
      rear_tyre: 'String',
      rear_vent: 'String',
      rear_view_camera: 'String',
      rear_wiper: 'String',
      refrigerator: 'String',
      remark: 'String',
      remote_control: 'String',
      rims_material: 'String',
      roof_type: 'String',
      run_flat_tyre: 'String',
      sales_name: 'String',
      sales_status: 'String',
      sales_version: 'String',
      sales_year: 'String',
      seat_massage: 'String',
      seat_ventilation: 'String',
      seatbelt_warning_lamp: 'String',
      seats: 'String',
      second_row_backrest_adjustable: 'String',
      second_row_seat_position_adjustable: 'String',
      series_code: 'String',
      shoulder_support_adjustable: 'String',
      single_disc_cd: 'String',
      single_disc_dvd: 'String',
      spare_wheel: 'String',
      speaker_number: 'String',
      splitview: 'String',
      sport_body_dress_up_kits: 'String',
      sport_seat: 'String',
      steering: 'String',
      steering_wheel_with_shift: 'String',
      stroke: 'String',
      suburb_fuel_consumption: 'String',
      sunroof: 'String',
      sunvisor_mirror: 'String',
      telematics: 'String',
      third_row_seat: 'String',
      tire_pressure_monitor: 'String',
      torque_nm: 'String',
      torque_rpm: 'String',
      transmission_configuration: 'String',
      transmission_description: 'String',
      transmission_model: 'String',
      transmission_type: 'String',
      trip_computer: 'String',
      urban_fuel_consumption: 'String',
      valve_system: 'String',
      valves_per_cylinder: 'String',
      variable_steering_ratio: 'String',
      variable_suspension: 'String',
      vehicle_color: 'String',
      vehicle_size: 'String',
      vehicle_tv: 'String',
      vehicle_type: 'String',
      vehicle_vttributes: 'String',
      version: 'String',
      version_cid: 'String',
      virtual_multi_disc_cd: 'String',
      warranty_period: 'String',
      wheelbase: 'String',
      width: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  result_code: 'Number',
  result_msg: 'String',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.car.vehicleinfo.register`: method, response root, request and response schemas. */
export const taobaoCarVehicleinfoRegisterOperation = {
  method: 'taobao.car.vehicleinfo.register',
  responseRoot: 'car_vehicleinfo_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全量车型导入 — calls TOP method `taobao.car.vehicleinfo.register`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCarVehicleinfoRegister(
  client: TopClient,
  request: TaobaoCarVehicleinfoRegisterRequest = {},
  options?: CallOptions,
): Promise<TaobaoCarVehicleinfoRegisterResponse> {
  return client.call<TaobaoCarVehicleinfoRegisterResponse>(
    {
      method: 'taobao.car.vehicleinfo.register',
      responseRoot: 'car_vehicleinfo_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
