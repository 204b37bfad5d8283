// Generated from specs/alihouse/alibaba.alihouse.existinghome.house.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.house.sync` (房源信息同步). */
export interface AlibabaAlihouseExistinghomeHouseSyncRequest {
  /** 房源信息 */
  house?: AlibabaAlihouseExistinghomeHouseSyncSyncExistingHouseDtoInput;
}

/** Response of `alibaba.alihouse.existinghome.house.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeHouseSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeHouseSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncExistingHouseDto` of `alibaba.alihouse.existinghome.house.sync`. */
export interface AlibabaAlihouseExistinghomeHouseSyncSyncExistingHouseDtoInput {
  /** 房源委托信息 */
  entrust?: AlibabaAlihouseExistinghomeHouseSyncSyncExistingHouseEntrustDtoInput;
  /** 首录时间 */
  gather_time?: string;
  /** 是否展示 1展示 0不展示 */
  is_show: Int64Input;
  /** 视频链接 */
  video_url?: string;
  /** 户型图片 */
  layout_pictures?: string[];
  /** 室内图 */
  inner_pictures?: string[];
  /** 价格 单位万元 */
  show_price?: string;
  /** 产权年限 */
  property_age?: Int64Input;
  /** 建筑年代 */
  construction_time?: string;
  /** 是否唯一住房 0不是 1是 */
  is_only_house?: Int64Input;
  /** 是否有电梯 0 没有 1有 */
  is_elevator?: Int64Input;
  /** 房源上下架原因 */
  house_reason?: string;
  /** 房源状态 */
  status: Int64Input;
  /** 物业性质 */
  property_type: Int64Input;
  /** 总楼层 */
  total_floor: Int64Input;
  /** 当前楼层 */
  floor: Int64Input;
  /** 楼层位置 */
  position?: Int64Input;
  /** 阳台数 */
  balcony: Int64Input;
  /** 厨房数 */
  kitchen: Int64Input;
  /** 厕所数 */
  toilet: Int64Input;
  /** 客厅数 */
  hall: Int64Input;
  /** 室数 */
  room: Int64Input;
  /** 看房时间 */
  look_time?: string;
  /** 朝向 */
  direction: Int64Input;
  /** 装修标准 */
  fitment: Int64Input;
  /** 房屋现状 */
  situation?: Int64Input;
  /** 税费描述 */
  fee_desc?: string;
  /** 服务描述 */
  service_desc?: string;
  /** 小区描述 */
  community_desc?: string;
  /** 户型描述 */
  layout_desc?: string;
  /** 业主心态 */
  mentality?: string;
  /** 房源介绍 */
  description: string;
  /** 房号 */
  room_no?: string;
  /** 单元 */
  unit_no?: string;
  /** 楼栋 */
  building_no?: string;
  /** 建筑面积 */
  building_area?: string;
  /** 套内面积 */
  inside_area?: string;
  /** 土地用途 */
  land_use?: Int64Input;
  /** 产权性质 */
  property_rights?: Int64Input;
  /** 房源标题 */
  name: string;
  /** 房源地址 */
  address?: string;
  /** 外部房源id */
  outer_id: string;
  /** 房源E码 */
  ecode?: string;
  /** 外部小区id */
  community_outer_id: string;
  /** 公私域区分 1公域 2私域 */
  scene: Int64Input;
  /** 视频封面图 */
  video_cover_image?: string;
  /** 0-正常房源 1-临时房源（交易专用） */
  house_type?: Int64Input;
  /** 是否存在室内图封面,1是，2否 */
  is_cover?: Int64Input;
  /** 房源标签 */
  tag_codes?: string[];
  /** 小区名 */
  community_name?: string;
  /** 外部户型id */
  outer_layouts_id?: string;
  /** 图片dto */
  pictures?: AlibabaAlihouseExistinghomeHouseSyncProjectPictureDtoInput[];
  /** 是否需要异步 */
  is_async?: Int64Input;
  /** 出租状态 */
  rent_status?: Int64Input;
  /** 房屋设施 */
  service_facilities?: string;
  /** 隔断类型 */
  partition_type?: Int64Input;
  /** 窗类型 */
  window_type?: Int64Input;
  /** 是否有独立阳台 */
  has_independent_balcony?: Int64Input;
  /** 是否有独立卫生间 */
  has_independent_toilet?: Int64Input;
  /** 租房业务模式 */
  house_model?: Int64Input;
  /** 房源分类 */
  house_category?: Int64Input;
  /** 租金 */
  rent_price?: string;
  /** 房间类型 */
  room_type?: Int64Input;
  /** 外部房屋ID */
  outer_house_base_id?: string;
  /** 业务类型，1-新房，2-二手房，3-租房，默认为2 */
  business_type?: Int64Input;
  /** 0默认不是测试，1是测试数据 */
  is_test?: Int64Input;
  /** 单价，XX元/m²，整数 */
  unit_price?: string;
  /** 外部项目店ID */
  outer_store_id?: string;
  /** 货类型 6-楼栋 7-户型 8-房源 */
  cargo_type?: Int64Input;
  /** 货的销售状态 0-待定 1-待售 2-在售 3-售罄 4-停售 */
  sales_status?: Int64Input;
  /** 货品商品关联DTo */
  extend?: AlibabaAlihouseExistinghomeHouseSyncGoodsRelationDTOInput[];
  /** 货品商品关联DTo */
  relation_cargos?: AlibabaAlihouseExistinghomeHouseSyncGoodsRelationDTOInput[];
  /** 货的商品id */
  item_id?: Int64Input;
  /** ms级时间戳 */
  etc_version?: Int64Input;
  /** 所在楼层描述 */
  floor_desc?: string;
}

/** `SyncExistingHouseEntrustDto` of `alibaba.alihouse.existinghome.house.sync`. */
export interface AlibabaAlihouseExistinghomeHouseSyncSyncExistingHouseEntrustDtoInput {
  /** 核验码状态 0未通过 1通过 */
  house_check_status?: Int64Input;
  /** 核验码图片 */
  house_check_picture_url?: string;
  /** 核验码图片 */
  house_check_code?: string;
  /** 委托结束时间 */
  entrust_end_time?: string;
  /** 委托开始时间 */
  entrust_begin_time?: string;
  /** 佣金费率 百分比小数 */
  sale_ratio_fee?: string;
  /** 委托证书图片 */
  entrust_picture?: string;
  /** 产权证书图片 */
  certificate_picture?: string;
  /** 委托状态变更原因 */
  entrust_status_reason?: string;
  /** 委托状态 */
  entrust_status?: Int64Input;
  /** 委托价格 单位万元 */
  house_price?: string;
  /** 委托角色 1首付 2 实勘 3 委托 */
  role?: Int64Input;
  /** 外部经纪人id */
  outer_agent_id?: string;
  /** 外部门店id */
  outer_store_id?: string;
  /** 外部公司id */
  outer_company_id?: string;
  /** 委托人电话 */
  consigner_phone?: string;
  /** 委托人姓名 */
  consigner_name?: string;
  /** 委托人身份正号 */
  rights_id_cards?: string[];
  /** 委托人姓名 */
  rights_names?: string[];
  /** 委托证书编号 */
  rights_no?: string;
  /** 外部委托id */
  outer_id?: string;
  /** 核验描述 */
  house_check_desc?: string;
  /** 委托证书图片链接 */
  entrust_pictures?: string[];
  /** 房产证地址 */
  ownership_address?: string;
  /** 委托售后id */
  entrust_selling_id?: Int64Input;
  /** 付款方式json */
  pay_type_json?: string;
  /** 服务内容 */
  service_content?: string;
  /** 租客要求 */
  rent_requirement?: string;
  /** 最长租期 */
  max_rent_time?: Int64Input;
  /** 最短租期 */
  min_rent_time?: Int64Input;
  /** 可看房时间 */
  viewing_time?: string;
  /** 可入住时间 */
  check_in_time?: string;
  /** 外部品牌ID */
  outer_brand_id?: string;
  /** 租金 */
  rent_price?: string;
  /** 最新房源维护时间 */
  maintenance_time?: string;
  /** 核验信息 */
  house_check_information?: string;
  /** 产权证证件类型,1-业务件号，2-证件号，3-商品房备案号 */
  rights_no_type?: Int64Input;
  /** 经营主体id */
  merchant_open_id?: string;
  /** 租房凭证 */
  rent_vouchers?: string[];
  /** 交易业务类型，1-B2C，2-C2C，3-寄租 */
  trade_biz_type?: Int64Input;
  /** 模版id */
  agreement_id?: Int64Input;
  /** 房东自然人主体id */
  natural_merchant_open_id?: Int64Input;
  /** 寄租模式下-企业B房东主体ID */
  enterprise_merchant_open_id?: Int64Input;
  /** 收款模式 */
  collection_type?: Int64Input;
  /** 寄租收费模式 1、房东承担寄租服务费 2、租客承担门店服务费 3、租客承担门店服务费+房东承担寄租服务费 */
  send_rent_charge_model?: string;
  /** 寄租-房源房东类型 交易类型不为空，房源房东类型 1、企业B房东 2、自然人主体 */
  landlord_type?: Int64Input;
  /** 代收主体id 当收款模式为代收是必填 */
  instead_merchant_open_id?: Int64Input;
  /** 角色列表，英文逗号分隔，委托角色 1首付 2 实勘 3 委托 */
  role_list?: string;
}

/** `ProjectPictureDto` of `alibaba.alihouse.existinghome.house.sync`. */
export interface AlibabaAlihouseExistinghomeHouseSyncProjectPictureDtoInput {
  /** 是否封面图 */
  is_cover?: Int64Input;
  /** 是否焦点图 */
  is_focus?: Int64Input;
  /** 是否删除 */
  is_deleted?: string;
  /** 数据类型1-楼盘，2-小区，3-租房 */
  source_type?: Int64Input;
  /** 图片说明 */
  description?: string;
  /** 图片URL全路径 */
  pic_data?: string;
  /** 图片类型 */
  category?: Int64Input;
  /** 图片顺序 */
  order_tag?: Int64Input;
  /** 外部房源ID */
  outer_house_id?: string;
  /** 外部房屋ID */
  outer_house_base_id?: string;
  /** 外部户型ID */
  outer_layout_id?: string;
  /** 外部图片ID */
  outer_picture_id?: string;
  /** 外部id包含楼盘、小区 */
  outer_id?: string;
}

/** `GoodsRelationDTO` of `alibaba.alihouse.existinghome.house.sync`. */
export interface AlibabaAlihouseExistinghomeHouseSyncGoodsRelationDTOInput {
  /** 交易商品所属商品id或者货所属商品id */
  relation_item_id?: Int64Input;
  /** 如果上翻的货为房源，则关联的为认购商品时，需必填此房源下认购商品所属的SKUid */
  relation_sku_id?: Int64Input;
  /** 类型 1-安心置业 2-特价房 3-0元购 4-大额电商券 5-认购商品 6-楼栋 7-户型 8-房源 */
  type?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.house.sync`. */
export interface AlibabaAlihouseExistinghomeHouseSyncResult {
  /** code */
  code?: string;
  /** 失败信息 */
  message?: string;
  /** true或false */
  is_success?: boolean;
  /** 操作结果 */
  data?: AlibabaAlihouseExistinghomeHouseSyncSyncHouseResultDto;
}

/** `SyncHouseResultDto` of `alibaba.alihouse.existinghome.house.sync`. */
export interface AlibabaAlihouseExistinghomeHouseSyncSyncHouseResultDto {
  /** 房源id */
  entrust_id?: Int64;
  /** 委托id 公域房源同步时此返回值为空 */
  house_id?: Int64;
  /** 委托版本 */
  entrust_version?: string;
  /** 委托商品 */
  entrust_item_id?: Int64;
  /** 小区商品 */
  community_item_id?: Int64;
  /** 小区ID */
  community_id?: Int64;
}

const REQUEST_SCHEMA = {
  house: {
    entrust: {
      house_check_status: 'Number',
      house_check_picture_url: 'String',
      house_check_code: 'String',
      entrust_end_time: 'String',
      entrust_begin_time: 'String',
      sale_ratio_fee: 'String',
      entrust_picture: 'String',
      certificate_picture: 'String',
      entrust_status_reason: 'String',
      entrust_status: 'Number',
      house_price: 'String',
      role: 'Number',
      outer_agent_id: 'String',
      outer_store_id: 'String',
      outer_company_id: 'String',
      consigner_phone: 'String',
      consigner_name: 'String',
      rights_id_cards: ['String'],
      rights_names: ['String'],
      rights_no: 'String',
      outer_id: 'String',
      house_check_desc: 'String',
      entrust_pictures: ['String'],
      ownership_address: 'String',
      entrust_selling_id: 'Number',
      pay_type_json: 'String',
      service_content: 'String',
      rent_requirement: 'String',
      max_rent_time: 'Number',
      min_rent_time: 'Number',
      viewing_time: 'String',
      check_in_time: 'String',
      outer_brand_id: 'String',
      rent_price: 'String',
      maintenance_time: 'String',
      house_check_information: 'String',
      rights_no_type: 'Number',
      merchant_open_id: 'String',
      rent_vouchers: ['String'],
      trade_biz_type: 'Number',
      agreement_id: 'Number',
      natural_merchant_open_id: 'Number',
      enterprise_merchant_open_id: 'Number',
      collection_type: 'Number',
      send_rent_charge_model: 'String',
      landlord_type: 'Number',
      instead_merchant_open_id: 'Number',
      role_list: 'String',
    },
    gather_time: 'String',
    is_show: 'Number',
    video_url: 'String',
    layout_pictures: ['String'],
    inner_pictures: ['String'],
    show_price: 'String',
    property_age: 'Number',
    construction_time: 'String',
    is_only_house: 'Number',
    is_elevator: 'Number',
    house_reason: 'String',
    status: 'Number',
    property_type: 'Number',
    total_floor: 'Number',
    floor: 'Number',
    position: 'Number',
    balcony: 'Number',
    kitchen: 'Number',
    toilet: 'Number',
    hall: 'Number',
    room: 'Number',
    look_time: 'String',
    direction: 'Number',
    fitment: 'Number',
    situation: 'Number',
    fee_desc: 'String',
    service_desc: 'String',
    community_desc: 'String',
    layout_desc: 'String',
    mentality: 'String',
    description: 'String',
    room_no: 'String',
    unit_no: 'String',
    building_no: 'String',
    building_area: 'String',
    inside_area: 'String',
    land_use: 'Number',
    property_rights: 'Number',
    name: 'String',
    address: 'String',
    outer_id: 'String',
    ecode: 'String',
    community_outer_id: 'String',
    scene: 'Number',
    video_cover_image: 'String',
    house_type: 'Number',
    is_cover: 'Number',
    tag_codes: ['String'],
    community_name: 'String',
    outer_layouts_id: 'String',
    pictures: [
      {
        is_cover: 'Number',
        is_focus: 'Number',
        is_deleted: 'String',
        source_type: 'Number',
        description: 'String',
        pic_data: 'String',
        category: 'Number',
        order_tag: 'Number',
        outer_house_id: 'String',
        outer_house_base_id: 'String',
        outer_layout_id: 'String',
        outer_picture_id: 'String',
        outer_id: 'String',
      },
    ],
    is_async: 'Number',
    rent_status: 'Number',
    service_facilities: 'String',
    partition_type: 'Number',
    window_type: 'Number',
    has_independent_balcony: 'Number',
    has_independent_toilet: 'Number',
    house_model: 'Number',
    house_category: 'Number',
    rent_price: 'String',
    room_type: 'Number',
    outer_house_base_id: 'String',
    business_type: 'Number',
    is_test: 'Number',
    unit_price: 'String',
    outer_store_id: 'String',
    cargo_type: 'Number',
    sales_status: 'Number',
    extend: [
      {
        relation_item_id: 'Number',
        relation_sku_id: 'Number',
        type: 'Number',
      },
    ],
    relation_cargos: [
      {
        relation_item_id: 'Number',
        relation_sku_id: 'Number',
        type: 'Number',
      },
    ],
    item_id: 'Number',
    etc_version: 'Number',
    floor_desc: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: {
      entrust_id: 'Number',
      house_id: 'Number',
      entrust_version: 'String',
      entrust_item_id: 'Number',
      community_item_id: 'Number',
      community_id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.house.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeHouseSyncOperation = {
  method: 'alibaba.alihouse.existinghome.house.sync',
  responseRoot: 'alibaba_alihouse_existinghome_house_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房源信息同步 — calls TOP method `alibaba.alihouse.existinghome.house.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeHouseSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeHouseSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeHouseSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeHouseSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.house.sync',
      responseRoot: 'alibaba_alihouse_existinghome_house_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
