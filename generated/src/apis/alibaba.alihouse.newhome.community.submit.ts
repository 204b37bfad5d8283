// Generated from specs/alihouse/alibaba.alihouse.newhome.community.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.community.submit` (提交小区信息). */
export interface AlibabaAlihouseNewhomeCommunitySubmitRequest {
  /** 小区对象 */
  ebbas_community_dto?: AlibabaAlihouseNewhomeCommunitySubmitEbbasCommunityDtoInput;
}

/** Response of `alibaba.alihouse.newhome.community.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeCommunitySubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeCommunitySubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EbbasCommunityDto` of `alibaba.alihouse.newhome.community.submit`. */
export interface AlibabaAlihouseNewhomeCommunitySubmitEbbasCommunityDtoInput {
  /** 小区e码 */
  e_code: string;
  /** 外部id */
  outer_id: string;
  /** 来源 */
  source: Int64Input;
  /** 类型 */
  type: Int64Input;
  /** 小区名称 */
  project_name: string;
  /** 小区别名 */
  alias_names?: string[];
  /** 小区亮点 */
  highlights?: string;
  /** 小区标签 */
  tag_codes?: string[];
  /** 小区均价(元/m2) */
  avg_price: string;
  /** 小区展示价（元） */
  show_price: string;
  /** 物业类型(1-住宅 2-商业) */
  estate_types: string[];
  /** 产权年限码 */
  property_rights_years_codes?: string[];
  /** 建筑面积(平米) */
  building_area?: string;
  /** 小区详细地址 */
  project_detail_address: string;
  /** 地图定位-详细地址 */
  map_location_detail_address?: string;
  /** 地图定位-经度 */
  map_location_longitude: string;
  /** 地图定位-纬度 */
  map_location_latitude: string;
  /** 开发商全称 */
  developer_full_name?: string;
  /** 小区概况-占地面积(平米) */
  community_area?: string;
  /** 小区概况-容积率(例：20)（单位：%） */
  community_volume_rate?: string;
  /** 小区概况-绿化率(例：20)（单位：%） */
  community_greening_rate?: string;
  /** 车位比例 */
  parking_radio?: string;
  /** 小区概况-楼栋数 */
  community_planning_building?: Int64Input;
  /** 小区概况-总户数 */
  community_planning_households?: Int64Input;
  /** 小区概况-物业公司 */
  community_estate_company?: string;
  /** 小区概况-物业费用(元/m?/月) */
  community_estate_expenses?: string;
  /** 供暖方式描述 */
  community_heating_type_desc?: string;
  /** 供水方式描述 */
  community_water_type_desc?: string;
  /** 供电方式描述 */
  community_power_type_desc?: string;
  /** 小区介绍 */
  overall_introduction?: string;
  /** 此次修改的原因 */
  submit_reason?: string;
  /** 小区所属国家名字 */
  country_name: string;
  /** 小区所属省名字 */
  prov: string;
  /** 小区所属市名字 */
  city: string;
  /** 小区所属区名字 */
  area: string;
  /** 小区所属街道名字 */
  street_name?: string;
  /** 小区所属国家Id */
  country_id: Int64Input;
  /** 小区所属省编码 */
  prov_id: Int64Input;
  /** 小区所属市编码 */
  city_id: Int64Input;
  /** 小区所属区编码 */
  area_id: Int64Input;
  /** 小区所属街道编码 */
  street_id?: Int64Input;
  /** 环线 */
  loop_line?: string;
  /** 建筑类别 */
  building_categorys?: string[];
  /** 建筑类型 */
  building_types?: string[];
  /** 房屋类型 */
  house_types?: string[];
  /** 车位费(单位：元/月) */
  parking_fee?: string;
  /** 车位数 */
  parking_number?: Int64Input;
  /** 地上车位数 */
  overground_parking_number?: Int64Input;
  /** 地下车位数 */
  underground_parking_number?: Int64Input;
  /** 供气描述 */
  gas_supply_description?: string;
  /** 主力户型描述 */
  main_house_type_description?: string;
  /** 是否人车分流 */
  diversion_people_vehicles?: string;
  /** 围栏数据 */
  fencing?: string;
  /** 交易权属 */
  transaction_ownership: Int64Input;
  /** 建筑年代 */
  architecture_age?: string;
  /** 物业服务中心地址 */
  property_address?: string;
  /** 物业工作时间 */
  property_working_hours?: string;
  /** 物业电话 */
  property_telephone?: string;
  /** 小区是否封闭 */
  is_community_closed?: string;
  /** 固定停车费标准 */
  fixed_parking_fee_standard?: string;
  /** 临时停车费标准 */
  temp_parking_fee_standard?: string;
  /** 非机动车库标识 */
  identification_non_motorized_garage?: Int64Input;
  /** 空调新风标识 */
  air_fresh_air_sign?: Int64Input;
  /** 外立面风格 */
  facade_style?: string;
  /** 外墙材料 */
  exterior_wall_materials?: string;
  /** 是否安装智能道闸 */
  is_intelligent_gate_installed?: string;
  /** 是否有门禁 */
  has_access_control?: string;
  /** 是否有监控 */
  has_monitor?: string;
  /** 保安岗亭数 */
  security_posts_number?: Int64Input;
  /** 保安人数 */
  security_personnel_number?: Int64Input;
  /** 是否24小时值班 */
  is_duty_all_day?: string;
  /** 保安巡逻频次 */
  patrol_frequency?: string;
  /** 是否110联网 */
  has_police_connected?: string;
  /** 小区等级 */
  community_level?: string;
  /** 小区拼音首字母 */
  pinyin: string;
  /** 小区名拼音 */
  full_pinyin: string;
  /** 小区内部配套 */
  internal_matching?: string;
  /** 商圈ID */
  buisness_id?: string;
  /** 板块ID */
  module_id: string;
  /** 均价单位 */
  avg_price_unit?: string;
  /** 户型列表 */
  layouts?: AlibabaAlihouseNewhomeCommunitySubmitSyncProjectLayoutDtoInput[];
  /** 图片列表 */
  pictures?: AlibabaAlihouseNewhomeCommunitySubmitProjectPictureDtoInput[];
  /** 混合功能区ID */
  function_area_id: string;
  /** 地铁 */
  metro_line?: string;
  /** 车位配置码 */
  garage_configuration?: Int64Input;
  /** 总楼层 */
  total_floor?: Int64Input;
  /** 是否有电梯 */
  has_elevator?: Int64Input;
  /** 公寓管理信息对象 */
  apartment_management?: AlibabaAlihouseNewhomeCommunitySubmitApartmentManagementDtoInput;
  /** 功能区ID */
  function_id?: string;
  /** 装修类型，参见枚举 */
  decoration_standard_codes?: string[];
  /** 是否为测试数据true:是 */
  is_test?: boolean;
  /** 城市ID-临时 */
  temp_city_id?: Int64Input;
  /** 区域ID-临时 */
  temp_area_id?: Int64Input;
  /** 功能区ID-临时 */
  temp_function_id?: Int64Input;
  /** 板块ID-临时 */
  temp_module_id?: Int64Input;
  /** 高德小区名称 */
  amap_project_name?: string;
  /** 高德定位-详细地址 */
  amap_location_detail_address?: string;
  /** 高德小区经度 */
  amap_location_longitude?: string;
  /** 高德小区纬度 */
  amap_location_latitude?: string;
}

/** `SyncProjectLayoutDto` of `alibaba.alihouse.newhome.community.submit`. */
export interface AlibabaAlihouseNewhomeCommunitySubmitSyncProjectLayoutDtoInput {
  /** 朝向 */
  orientation?: string;
  /** 户型名称 */
  layout_name?: string;
  /** 外部户型ID */
  outer_layout_id?: string;
  /** 户型图 */
  layout_images?: string;
  /** 均价 */
  avg_price?: string;
  /** 总价 */
  total_price?: string;
  /** 套内面积 */
  inside_area?: string;
  /** 建筑面积 */
  construction_area?: string;
  /** 卫 */
  bathroom?: string;
  /** 厅 */
  hall?: string;
  /** 室 */
  room?: string;
  /** 描述 */
  description?: string;
  /** 销售状态 */
  sales_status?: string;
  /** 户型标签 */
  layout_label?: string;
  /** 是否是主力户型 */
  is_main_layout?: Int64Input;
  /** 厨房数量 */
  kitchen?: string;
  /** 是否有开放厨房 1-是 0-否 */
  open_kitchen?: Int64Input;
  /** 服务设施 逗号隔开 */
  service_facility?: string;
  /** 业务类型 3-租房 */
  source_type: Int64Input;
}

/** `ProjectPictureDto` of `alibaba.alihouse.newhome.community.submit`. */
export interface AlibabaAlihouseNewhomeCommunitySubmitProjectPictureDtoInput {
  /** 排序 */
  order_tag?: Int64Input;
  /** 图片说明 */
  description?: string;
  /** 图片名称 */
  pic_name?: string;
  /** 图片路径 */
  pic_data?: string;
  /** 图片类型 */
  category?: Int64Input;
  /** 外部户型id */
  outer_layout_id?: string;
  /** 外部图片ID */
  outer_picture_id?: string;
  /** 是否是焦点图 */
  is_focus?: Int64Input;
  /** 是否是封面图 */
  is_cover?: Int64Input;
  /** 外部房源ID */
  outer_house_id?: string;
  /** 外部房屋ID */
  outer_house_base_id?: string;
  /** 业务类型 3-租房 */
  source_type: Int64Input;
}

/** `ApartmentManagementDto` of `alibaba.alihouse.newhome.community.submit`. */
export interface AlibabaAlihouseNewhomeCommunitySubmitApartmentManagementDtoInput {
  /** 外部公寓管理信息id */
  outer_manage_id?: string;
  /** 外部公司id */
  outer_company_id?: string;
  /** 外部门店id */
  outer_store_id?: string;
  /** 外部管家id */
  outer_broker_id?: string;
  /** 外部品牌id */
  outer_brand_id?: string;
  /** 服务设施 */
  service_facilitys?: string[];
  /** 核验编号 */
  verification_code?: string;
  /** 营业状态 */
  business_status?: Int64Input;
  /** 公寓描述 */
  apartment_desc?: string;
}

/** `Result` of `alibaba.alihouse.newhome.community.submit`. */
export interface AlibabaAlihouseNewhomeCommunitySubmitResult {
  /** 返回素材id */
  data?: AlibabaAlihouseNewhomeCommunitySubmitEbbasCommunitySubmitVo;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

/** `EbbasCommunitySubmitVo` of `alibaba.alihouse.newhome.community.submit`. */
export interface AlibabaAlihouseNewhomeCommunitySubmitEbbasCommunitySubmitVo {
  /** 楼盘code */
  project_code?: string;
  /** 楼盘e码 */
  e_code?: string;
  /** 外部id */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  ebbas_community_dto: {
    e_code: 'String',
    outer_id: 'String',
    source: 'Number',
    type: 'Number',
    project_name: 'String',
    alias_names: ['String'],
    highlights: 'String',
    tag_codes: ['String'],
    avg_price: 'String',
    show_price: 'String',
    estate_types: ['String'],
    property_rights_years_codes: ['String'],
    building_area: 'String',
    project_detail_address: 'String',
    map_location_detail_address: 'String',
    map_location_longitude: 'String',
    map_location_latitude: 'String',
    developer_full_name: 'String',
    community_area: 'String',
    community_volume_rate: 'String',
    community_greening_rate: 'String',
    parking_radio: 'String',
    community_planning_building: 'Number',
    community_planning_households: 'Number',
    community_estate_company: 'String',
    community_estate_expenses: 'String',
    community_heating_type_desc: 'String',
    community_water_type_desc: 'String',
    community_power_type_desc: 'String',
    overall_introduction: 'String',
    submit_reason: 'String',
    country_name: 'String',
    prov: 'String',
    city: 'String',
    area: 'String',
    street_name: 'String',
    country_id: 'Number',
    prov_id: 'Number',
    city_id: 'Number',
    area_id: 'Number',
    street_id: 'Number',
    loop_line: 'String',
    building_categorys: ['String'],
    building_types: ['String'],
    house_types: ['String'],
    parking_fee: 'String',
    parking_number: 'Number',
    overground_parking_number: 'Number',
    underground_parking_number: 'Number',
    gas_supply_description: 'String',
    main_house_type_description: 'String',
    diversion_people_vehicles: 'String',
    fencing: 'String',
    transaction_ownership: 'Number',
    architecture_age: 'String',
    property_address: 'String',
    property_working_hours: 'String',
    property_telephone: 'String',
    is_community_closed: 'String',
    fixed_parking_fee_standard: 'String',
    temp_parking_fee_standard: 'String',
    identification_non_motorized_garage: 'Number',
    air_fresh_air_sign: 'Number',
    facade_style: 'String',
    exterior_wall_materials: 'String',
    is_intelligent_gate_installed: 'String',
    has_access_control: 'String',
    has_monitor: 'String',
    security_posts_number: 'Number',
    security_personnel_number: 'Number',
    is_duty_all_day: 'String',
    patrol_frequency: 'String',
    has_police_connected: 'String',
    community_level: 'String',
    pinyin: 'String',
    full_pinyin: 'String',
    internal_matching: 'String',
    buisness_id: 'String',
    module_id: 'String',
    avg_price_unit: 'String',
    layouts: [
      {
        orientation: 'String',
        layout_name: 'String',
        outer_layout_id: 'String',
        layout_images: 'String',
        avg_price: 'String',
        total_price: 'String',
        inside_area: 'String',
        construction_area: 'String',
        bathroom: 'String',
        hall: 'String',
        room: 'String',
        description: 'String',
        sales_status: 'String',
        layout_label: 'String',
        is_main_layout: 'Number',
        kitchen: 'String',
        open_kitchen: 'Number',
        service_facility: 'String',
        source_type: 'Number',
      },
    ],
    pictures: [
      {
        order_tag: 'Number',
        description: 'String',
        pic_name: 'String',
        pic_data: 'String',
        category: 'Number',
        outer_layout_id: 'String',
        outer_picture_id: 'String',
        is_focus: 'Number',
        is_cover: 'Number',
        outer_house_id: 'String',
        outer_house_base_id: 'String',
        source_type: 'Number',
      },
    ],
    function_area_id: 'String',
    metro_line: 'String',
    garage_configuration: 'Number',
    total_floor: 'Number',
    has_elevator: 'Number',
    apartment_management: {
      outer_manage_id: 'String',
      outer_company_id: 'String',
      outer_store_id: 'String',
      outer_broker_id: 'String',
      outer_brand_id: 'String',
      service_facilitys: ['String'],
      verification_code: 'String',
      business_status: 'Number',
      apartment_desc: 'String',
    },
    function_id: 'String',
    decoration_standard_codes: ['String'],
    is_test: 'Boolean',
    temp_city_id: 'Number',
    temp_area_id: 'Number',
    temp_function_id: 'Number',
    temp_module_id: 'Number',
    amap_project_name: 'String',
    amap_location_detail_address: 'String',
    amap_location_longitude: 'String',
    amap_location_latitude: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      project_code: 'String',
      e_code: 'String',
      outer_id: 'String',
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.community.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeCommunitySubmitOperation = {
  method: 'alibaba.alihouse.newhome.community.submit',
  responseRoot: 'alibaba_alihouse_newhome_community_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交小区信息 — calls TOP method `alibaba.alihouse.newhome.community.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeCommunitySubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeCommunitySubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeCommunitySubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeCommunitySubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.community.submit',
      responseRoot: 'alibaba_alihouse_newhome_community_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
