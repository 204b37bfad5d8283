// Generated from specs/alihouse/alibaba.alihouse.newhome.project.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.submit` (提交楼盘信息). */
export interface AlibabaAlihouseNewhomeProjectSubmitRequest {
  /** 楼盘对象 */
  ebbas_project_dto: AlibabaAlihouseNewhomeProjectSubmitEbbasProjectDtoInput;
}

/** Response of `alibaba.alihouse.newhome.project.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectSubmitResponse {
  /** 接口返回结果体 */
  result?: AlibabaAlihouseNewhomeProjectSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EbbasProjectDto` of `alibaba.alihouse.newhome.project.submit`. */
export interface AlibabaAlihouseNewhomeProjectSubmitEbbasProjectDtoInput {
  /** 楼盘ecode */
  e_code: string;
  /** 外部id */
  outer_id: string;
  /** 1-EBBAS 2-开发商 3-ETC 默认2 */
  source: Int64Input;
  /** 1-新房楼盘 2-小区 默认1-新房 */
  type: Int64Input;
  /** 楼盘名称 */
  project_name: string;
  /** 备案名 */
  record_name?: string;
  /** 楼盘别名 */
  alias_names?: string[];
  /** 楼盘亮点 */
  highlights: string;
  /** 标签码 */
  tag_codes: string[];
  /** 楼盘总价(万元/套) */
  total_price?: string;
  /** 楼盘总价单位 */
  total_price_unit?: string;
  /** 楼盘均价(元/㎡) */
  avg_price?: string;
  /** 楼盘均价单位 */
  avg_price_unit?: string;
  /** 楼盘展示价（元） */
  show_price?: string;
  /** 物业类型,多选 */
  estate_types: string[];
  /** 产权年限码 */
  property_rights_years_codes?: string[];
  /** 平均建筑面积 */
  building_area?: string;
  /** 装修类型，参见枚举 */
  decoration_standard_codes: string[];
  /** 楼盘详细地址 */
  project_detail_address: string;
  /** 地图定位-详细地址 */
  map_location_detail_address?: string;
  /** 地图定位-经度 */
  map_location_longitude: string;
  /** 地图定位-纬度 */
  map_location_latitude: string;
  /** 开发商全称 */
  developer_full_name: string;
  /** 品牌商名称 */
  brand_name?: string;
  /** 售楼处地址 */
  developer_sales_office_address?: string;
  /** 开盘时间(yyyy-MM) */
  developer_opening_time?: string;
  /** 交付时间(yyyy-MM) */
  developer_due_time?: string;
  /** 联系人座机 */
  phone_no?: string;
  /** 联系人手机 */
  telephone?: string;
  /** 400主机电话 */
  main_phone?: string;
  /** 400分机电话 */
  sub_phone?: string;
  /** 小区概况-占地面积(平米) */
  community_area?: string;
  /** 小区概况-容积率 */
  community_volume_rate?: string;
  /** 小区概况-绿化率 */
  community_greening_rate?: string;
  /** 车位比例 */
  parking_radio?: string;
  /** 小区概况-规划楼栋 */
  community_planning_building?: Int64Input;
  /** 小区概况-规划户数 */
  community_planning_households?: Int64Input;
  /** 小区概况-物业公司 */
  community_estate_company?: string;
  /** 小区概况-物业费用 */
  community_estate_expenses?: string;
  /** 供暖方式描述 */
  community_heating_type_desc?: string;
  /** 供水方式描述 */
  community_water_type_desc?: string;
  /** 供电方式描述 */
  community_power_type_desc?: string;
  /** 楼盘整体介绍 */
  overall_introduction?: string;
  /** 此次修改的原因 */
  submit_reason?: string;
  /** 国家 */
  country_name: string;
  /** 省 */
  prov: string;
  /** 市 */
  city: string;
  /** 区 */
  area: string;
  /** 街道 */
  street_name?: string;
  /** 国家编码 */
  country_id: Int64Input;
  /** 省编码 */
  prov_id: Int64Input;
  /** 市编码 */
  city_id: Int64Input;
  /** 区编码 */
  area_id: Int64Input;
  /** 街道编码 */
  street_id?: Int64Input;
  /** 环线 */
  loop_line?: string;
  /** 建筑类别 */
  building_categorys?: string[];
  /** 建筑类型 */
  building_types: string[];
  /** 房屋类型 */
  house_types: string[];
  /** 交通状况描述 */
  traffic_description?: string;
  /** 楼层分布描述 */
  floor_description?: string;
  /** 周边商业 */
  peripheral_business?: string[];
  /** 周边景观 */
  surrounding_landscape?: string[];
  /** 周边公园 */
  surrounding_parks?: string[];
  /** 周边医院 */
  surrounding_hospitals?: string[];
  /** 周边学校 */
  surrounding_schools?: string[];
  /** 周边交通 */
  surrounding_traffic?: string[];
  /** 周边餐饮 */
  surrounding_restaurant?: string[];
  /** 周边银行 */
  surrounding_banks?: string[];
  /** 项目特色描述 */
  project_feature_description?: string;
  /** 工程进度描述 */
  project_schedule_description?: string;
  /** 销售进度描述 */
  sales_progress_description?: string;
  /** 开工时间 */
  start_time?: string;
  /** 竣工时间 */
  completion_time?: string;
  /** 得房率 */
  house_acquisition_rate?: string;
  /** 投资商 */
  investors?: string[];
  /** 付款方式 */
  payment_method?: string;
  /** 首付比例 */
  down_payment_ratio?: string;
  /** 车位费 */
  parking_fee?: string;
  /** 车位数 */
  parking_number?: Int64Input;
  /** 地上车位数 */
  overground_parking_number?: Int64Input;
  /** 地下车位数 */
  underground_parking_number?: Int64Input;
  /** 车库配置描述 */
  garage_configuration_description?: string;
  /** 供气描述 */
  gas_supply_description?: string;
  /** 主力户型描述 */
  main_house_type_description?: string;
  /** 人车分流 */
  diversion_people_vehicles?: string;
  /** 电话区号 */
  phone_area_code?: string;
  /** 不动产权证 */
  real_estate_certificate?: string;
  /** 分期 */
  stages?: string;
  /** 围栏数据 */
  fencing?: string;
  /** 建筑年代 */
  architecture_age?: string;
  /** 小区拼音首字母 */
  pinyin?: string;
  /** 小区名拼音 */
  full_pinyin?: string;
  /** 预售证 */
  pre_sale_permit?: string;
  /** 小区内部配套 */
  internal_matching?: string;
  /** 其他配套 */
  other_facilities?: string;
  /** 商圈ID */
  buisness_id?: string;
  /** 板块ID */
  module_id?: string;
  /** 楼盘销售状态 */
  project_sales_status: Int64Input;
  /** 营销方式 */
  direct_sale?: string;
  /** 户型对象列表 */
  layouts?: AlibabaAlihouseNewhomeProjectSubmitSyncProjectLayoutDtoInput[];
  /** 图片对象列表 */
  pictures: AlibabaAlihouseNewhomeProjectSubmitProjectPictureDtoInput[];
  /** 是否为测试楼盘 true-是测试楼盘 */
  is_test: boolean;
  /** 车位总数描述 */
  parking_number_desc?: string;
  /** 功能区id */
  function_id?: string;
  /** 城市ID-临时 */
  temp_city_id?: Int64Input;
  /** 区域ID-临时 */
  temp_area_id?: Int64Input;
  /** 功能区ID-临时 */
  temp_function_id?: Int64Input;
  /** 板块ID-临时 */
  temp_module_id?: Int64Input;
  /** 外部项目店id */
  outer_store_id?: string;
}

/** `SyncProjectLayoutDto` of `alibaba.alihouse.newhome.project.submit`. */
export interface AlibabaAlihouseNewhomeProjectSubmitSyncProjectLayoutDtoInput {
  /** 室 */
  room: string;
  /** 厅 */
  hall: string;
  /** 卫 */
  bathroom: string;
  /** 建筑面积 */
  construction_area: string;
  /** 套内面积 */
  inside_area?: string;
  /** 户型总价 */
  total_price?: string;
  /** 户型均价 */
  avg_price?: string;
  /** 户型外部id(唯一) */
  outer_layout_id: string;
  /** 户型名称 */
  layout_name: string;
  /** 朝向 */
  orientation: Int64Input;
  /** 描述 */
  description?: string;
  /** 是否是主力户型 */
  is_main_layout?: Int64Input;
  /** 户型标签 */
  layout_label?: string;
  /** 销售状态 */
  sales_status?: Int64Input;
}

/** `ProjectPictureDto` of `alibaba.alihouse.newhome.project.submit`. */
export interface AlibabaAlihouseNewhomeProjectSubmitProjectPictureDtoInput {
  /** 图片外部id(唯一) */
  outer_picture_id: string;
  /** 图片顺序 */
  order_tag?: Int64Input;
  /** 图片类型 */
  category: Int64Input;
  /** 图片全路径 */
  pic_data: string;
  /** 图片名称 */
  pic_name?: string;
  /** 描述 */
  description?: string;
  /** 外部户型ID */
  outer_layout_id?: string;
  /** 是否是焦点图 */
  is_focus?: Int64Input;
  /** 是否是封面图 */
  is_cover?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.project.submit`. */
export interface AlibabaAlihouseNewhomeProjectSubmitResult {
  /** 接口返回对象 */
  data?: AlibabaAlihouseNewhomeProjectSubmitEbbasProjectSubmitVO;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  code?: string;
}

/** `EbbasProjectSubmitVO` of `alibaba.alihouse.newhome.project.submit`. */
export interface AlibabaAlihouseNewhomeProjectSubmitEbbasProjectSubmitVO {
  /** 楼盘code */
  project_code?: string;
  /** 楼盘e码 */
  e_code?: string;
  /** 外部id */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  ebbas_project_dto: {
    e_code: 'String',
    outer_id: 'String',
    source: 'Number',
    type: 'Number',
    project_name: 'String',
    record_name: 'String',
    alias_names: ['String'],
    highlights: 'String',
    tag_codes: ['String'],
    total_price: 'String',
    total_price_unit: 'String',
    avg_price: 'String',
    avg_price_unit: 'String',
    show_price: 'String',
    estate_types: ['String'],
    property_rights_years_codes: ['String'],
    building_area: 'String',
    decoration_standard_codes: ['String'],
    project_detail_address: 'String',
    map_location_detail_address: 'String',
    map_location_longitude: 'String',
    map_location_latitude: 'String',
    developer_full_name: 'String',
    brand_name: 'String',
    developer_sales_office_address: 'String',
    developer_opening_time: 'String',
    developer_due_time: 'String',
    phone_no: 'String',
    telephone: 'String',
    main_phone: 'String',
    sub_phone: 'String',
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
    traffic_description: 'String',
    floor_description: 'String',
    peripheral_business: ['String'],
    surrounding_landscape: ['String'],
    surrounding_parks: ['String'],
    surrounding_hospitals: ['String'],
    surrounding_schools: ['String'],
    surrounding_traffic: ['String'],
    surrounding_restaurant: ['String'],
    surrounding_banks: ['String'],
    project_feature_description: 'String',
    project_schedule_description: 'String',
    sales_progress_description: 'String',
    start_time: 'String',
    completion_time: 'String',
    house_acquisition_rate: 'String',
    investors: ['String'],
    payment_method: 'String',
    down_payment_ratio: 'String',
    parking_fee: 'String',
    parking_number: 'Number',
    overground_parking_number: 'Number',
    underground_parking_number: 'Number',
    garage_configuration_description: 'String',
    gas_supply_description: 'String',
    main_house_type_description: 'String',
    diversion_people_vehicles: 'String',
    phone_area_code: 'String',
    real_estate_certificate: 'String',
    stages: 'String',
    fencing: 'String',
    architecture_age: 'String',
    pinyin: 'String',
    full_pinyin: 'String',
    pre_sale_permit: 'String',
    internal_matching: 'String',
    other_facilities: 'String',
    buisness_id: 'String',
    module_id: 'String',
    project_sales_status: 'Number',
    direct_sale: 'String',
    layouts: [
      {
        room: 'String',
        hall: 'String',
        bathroom: 'String',
        construction_area: 'String',
        inside_area: 'String',
        total_price: 'String',
        avg_price: 'String',
        outer_layout_id: 'String',
        layout_name: 'String',
        orientation: 'Number',
        description: 'String',
        is_main_layout: 'Number',
        layout_label: 'String',
        sales_status: 'Number',
      },
    ],
    pictures: [
      {
        outer_picture_id: 'String',
        order_tag: 'Number',
        category: 'Number',
        pic_data: 'String',
        pic_name: 'String',
        description: 'String',
        outer_layout_id: 'String',
        is_focus: 'Number',
        is_cover: 'Number',
      },
    ],
    is_test: 'Boolean',
    parking_number_desc: 'String',
    function_id: 'String',
    temp_city_id: 'Number',
    temp_area_id: 'Number',
    temp_function_id: 'Number',
    temp_module_id: 'Number',
    outer_store_id: 'String',
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

/** Static description of `alibaba.alihouse.newhome.project.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectSubmitOperation = {
  method: 'alibaba.alihouse.newhome.project.submit',
  responseRoot: 'alibaba_alihouse_newhome_project_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交楼盘信息 — calls TOP method `alibaba.alihouse.newhome.project.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectSubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectSubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectSubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.submit',
      responseRoot: 'alibaba_alihouse_newhome_project_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
