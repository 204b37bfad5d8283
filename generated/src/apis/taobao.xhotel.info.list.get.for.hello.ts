// Generated from specs/hotel/taobao.xhotel.info.list.get.for.hello.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.info.list.get.for.hello` (哈罗获取酒店详情). */
export interface TaobaoXhotelInfoListGetForHelloRequest {
  /** 参数封装模型 */
  hotel_info_param?: TaobaoXhotelInfoListGetForHelloHotelInfoParamInput;
}

/** Response of `taobao.xhotel.info.list.get.for.hello`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelInfoListGetForHelloResponse {
  /** 查询结果集 */
  result?: TaobaoXhotelInfoListGetForHelloResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelInfoParam` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloHotelInfoParamInput {
  /** 城市code */
  city_code?: Int64Input;
  /** 上次请求的分页数据中最后一个shid */
  last_shid?: Int64Input;
  /** 每页数据量 */
  page_size?: Int64Input;
  /** pid */
  pid?: string;
  /** 单个请求的shid */
  shid?: Int64Input;
  /** 经过混淆的userId */
  open_id?: string;
}

/** `ResultSet` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloResultSet {
  /** 渠道id */
  channel_id?: string;
  /** 本次请求是否错误 */
  error?: boolean;
  /** errorCode，error=true时有值 */
  error_code?: string;
  /** 错误信息，error=true时有值 */
  error_msg?: string;
  /** list页h5链接 */
  h5_list_url?: string;
  /** 当前数据集合是否还有下一页 */
  has_next?: boolean;
  /** list页pc链接 */
  hotel_list_url?: string;
  /** 请求id，用于链路追踪 */
  request_id?: string;
  /** 每个标准酒店及房型信息集合 */
  results?: TaobaoXhotelInfoListGetForHelloSHotelVo[];
  /** 是否成功标记 */
  success?: boolean;
  /** 成功标志 */
  success_flag?: Int64;
  /** 总数据量 */
  total_results?: Int64;
  /** 数据版本 */
  version?: Int64;
  /** 分页查询结果中最后一个id，配合hasNext进行分页查询的性能优化 */
  last_id?: Int64;
}

/** `SHotelVo` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloSHotelVo {
  /** 地址 */
  address?: string;
  /** 是否是民宿 */
  bnb_hotel?: boolean;
  /** 品牌code */
  brand?: string;
  /** 最早入住时间 */
  check_in_time?: string;
  /** 最晚离店时间 */
  check_out_time?: string;
  /** 当前酒店所在城市 */
  city?: Int64;
  /** 装修时间 */
  decorate_time?: string;
  /** 酒店描述 */
  desc?: string;
  /** 与某个POI的距离 */
  distance?: Int64;
  /** 区县 */
  district?: Int64;
  /** 最后修改时间 */
  gmt_modified?: string;
  /** h5详情页url */
  h5_detail_url?: string;
  /** 默认PC详情页url */
  hotel_detail_url?: string;
  /** 酒店设施文案 */
  hotel_facilities?: string;
  /** 维度 */
  lat?: string;
  /** 档次 */
  level?: TaobaoXhotelInfoListGetForHelloNameValuePair;
  /** 经度 */
  lng?: string;
  /** 酒店中文名 */
  name?: string;
  /** 开业时间 */
  opening_time?: string;
  /** 重复信息 */
  pet_info?: string;
  /** 图片信息 */
  pic_urls?: string;
  /** 价格 */
  price?: Int64;
  /** 省份 */
  province?: Int64;
  /** 评论数 */
  rate_number?: Int64;
  /** 评分 */
  rate_score?: string;
  /** 销量 */
  sell?: Int64;
  /** 标准酒店id */
  shid?: Int64;
  /** 服务设施集合类 */
  shotel_properties_vo?: TaobaoXhotelInfoListGetForHelloShotelPropertiesSetVo;
  /** 标准房型列表 */
  sroom_types?: TaobaoXhotelInfoListGetForHelloSRoomTypeVo[];
  /** 档次，0--无档次，2--二星及经济，3--舒适，4--高档，5--豪华 */
  star?: string;
  /** 上下架状态，0--下架，其他状态-下架 */
  status?: Int64;
  /** 电话 */
  tel?: string;
  /** 酒店业务分类 */
  type?: string;
  /** 客房数 */
  rooms?: Int64;
}

/** `NameValuePair` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloNameValuePair {
  /** 档次code */
  code?: string;
  /** 档次名称 */
  name?: string;
}

/** `ShotelPropertiesSetVo` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloShotelPropertiesSetVo {
  /** 预订须知 */
  shotel_booking_notics?: TaobaoXhotelInfoListGetForHelloShotelPropertiesVo[];
  /** 娱乐设施 */
  shotel_fun_facilities?: TaobaoXhotelInfoListGetForHelloShotelPropertiesVo[];
  /** 酒店设施 */
  shotel_hotel_facilities?: TaobaoXhotelInfoListGetForHelloShotelPropertiesVo[];
  /** 酒店服务 */
  shotel_hotel_services?: TaobaoXhotelInfoListGetForHelloShotelPropertiesVo[];
  /** 酒店普通图 */
  shotel_nomal_pictures?: TaobaoXhotelInfoListGetForHelloShotelPropertiesVo[];
  /** 酒店维度的房间设施 */
  shotel_room_facilities?: TaobaoXhotelInfoListGetForHelloShotelPropertiesVo[];
}

/** `ShotelPropertiesVo` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloShotelPropertiesVo {
  /** 条目id */
  id?: Int64;
  /** 排序 */
  order_num?: Int64;
  /** 所属shid */
  shid?: Int64;
  /** 所属srid，如果是酒店上属性，则该字段无值 */
  srid?: Int64;
  /** 二级分类 */
  sub_type?: string;
  /** 一级分类，10-预订须知 */
  type?: Int64;
  /** 二级服务设施字典code,10001--入店时间, 10002--离店时间, 10003--酒店政策, 10004--加床收费, 10005--额外收费, 10006--其他说明, 10007--酒店位于山顶, 10008--需坐船前往, 10009--位于景区内 */
  type_id?: string;
  /** 实际内容 */
  value?: string;
}

/** `SRoomTypeVo` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloSRoomTypeVo {
  /** 是否可加床，0--不可，1--可以 */
  add_bed?: Int64;
  /** 面积 */
  area?: string;
  /** 设施文本 */
  facility?: string;
  /** 所在楼层 */
  floor?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 最后修改时间 */
  gmt_modified?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 房型中文名 */
  name?: string;
  /** 房型英文名 */
  name_e?: string;
  /** 床型结构化信息 */
  room_type_bed_info?: TaobaoXhotelInfoListGetForHelloRoomTypeBedInfoVo;
  /** 所属标准酒店id */
  shid?: Int64;
  /** 标准房型id */
  srid?: Int64;
  /** 上下架状态，0--下架，其他状态-下架 */
  status?: Int64;
  /** 窗型，0--无窗,1--有窗,2--部分有窗,3--暗窗,4--部分暗窗 */
  window_type?: string;
  /** 房型图片，多值使用英文逗号拼接 */
  pic_urls?: string;
  /** 房型附加属性集合 */
  sroom_type_properties?: TaobaoXhotelInfoListGetForHelloSRoomTypePropertiesSetVo;
}

/** `RoomTypeBedInfoVo` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloRoomTypeBedInfoVo {
  /** 或关系床型集合 */
  bed_info_groups?: TaobaoXhotelInfoListGetForHelloBedInfoGroupVo[];
  /** 简短描述，用于详情页报价前面的床型展示。 */
  brief_desc?: string;
  /** 分类，大类，用于搜索的筛选项 */
  classifications?: string[];
  /** 分类描述 */
  classification_desc?: string;
  /** 描述，长描述，描述为最详细的内容，用于详情页房型详情Dialog，下单页，订单页展示 */
  desc?: string;
  /** 模糊描述，最精简的描述信息，大床/双床/单人床/多床/床位简单描述，较长描述省略床宽 */
  fuzzy_desc?: string;
  /** 简单描述，较长描述省略床宽，但依然会描述具体的床型信息，用于详情页标准房型床型展示 */
  simple_desc?: string;
}

/** `BedInfoGroupVo` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloBedInfoGroupVo {
  /** 和关系床型集合 */
  bed_infos?: TaobaoXhotelInfoListGetForHelloBedInfoVo[];
  /** 床数量 */
  bed_num?: Int64;
  /** 简短描述，用于详情页报价前面的床型展示 */
  brief_desc?: string;
  /** 分类，大类，用于搜索的筛选项。1:大床,2:双床,3:单人床,4:多床 */
  classification?: string;
  /** 分类描述 */
  classification_desc?: string;
  /** 描述，长描述，描述为最详细的内容，用于详情页房型详情Dialog，下单页，订单页展示 */
  desc?: string;
  /** 模糊描述，最精简的描述信息，大床/双床/单人床/多床/床位简单描述，较长描述省略床宽 */
  fuzzy_desc?: string;
  /** 简单描述，较长描述省略床宽，但依然会描述具体的床型信息，用于详情页标准房型床型展示 */
  simple_desc?: string;
}

/** `BedInfoVo` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloBedInfoVo {
  /** 床数量 */
  bed_num?: Int64;
  /** 床型 */
  bed_type?: string;
  /** 描述 */
  desc?: string;
  /** 床长 */
  length?: string;
  /** 长款 */
  width?: string;
}

/** `SRoomTypePropertiesSetVo` of `taobao.xhotel.info.list.get.for.hello`. */
export interface TaobaoXhotelInfoListGetForHelloSRoomTypePropertiesSetVo {
  /** 标准房型普通图集合 */
  sroom_type_nomal_pictures?: TaobaoXhotelInfoListGetForHelloShotelPropertiesVo[];
  /** 房间设施集合 */
  sroom_type_room_facilities?: TaobaoXhotelInfoListGetForHelloShotelPropertiesVo[];
}

const REQUEST_SCHEMA = {
  hotel_info_param: {
    city_code: 'Number',
    last_shid: 'Number',
    page_size: 'Number',
    pid: 'String',
    shid: 'Number',
    open_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    channel_id: 'String',
    error: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    h5_list_url: 'String',
    has_next: 'Boolean',
    hotel_list_url: 'String',
    request_id: 'String',
    results: [
      {
        address: 'String',
        bnb_hotel: 'Boolean',
        brand: 'String',
        check_in_time: 'String',
        check_out_time: 'String',
        city: 'Number',
        decorate_time: 'String',
        desc: 'String',
        distance: 'Number',
        district: 'Number',
        gmt_modified: 'Date',
        h5_detail_url: 'String',
        hotel_detail_url: 'String',
        hotel_facilities: 'String',
        lat: 'String',
        level: {
          code: 'String',
          name: 'String',
        },
        lng: 'String',
        name: 'String',
        opening_time: 'String',
        pet_info: 'String',
        pic_urls: 'String',
        price: 'Number',
        province: 'Number',
        rate_number: 'Number',
        rate_score: 'String',
        sell: 'Number',
        shid: 'Number',
        shotel_properties_vo: {
          shotel_booking_notics: [
            {
              id: 'Number',
              order_num: 'Number',
              shid: 'Number',
              srid: 'Number',
              sub_type: 'String',
              type: 'Number',
              type_id: 'String',
              value: 'String',
            },
          ],
          shotel_fun_facilities: [
            {
              id: 'Number',
              order_num: 'Number',
              shid: 'Number',
              srid: 'Number',
              sub_type: 'String',
              type: 'Number',
              type_id: 'String',
              value: 'String',
            },
          ],
          shotel_hotel_facilities: [
            {
              id: 'Number',
              order_num: 'Number',
              shid: 'Number',
              srid: 'Number',
              sub_type: 'String',
              type: 'Number',
              type_id: 'String',
              value: 'String',
            },
          ],
          shotel_hotel_services: [
            {
              id: 'Number',
              order_num: 'Number',
              shid: 'Number',
              srid: 'Number',
              sub_type: 'String',
              type: 'Number',
              type_id: 'String',
              value: 'String',
            },
          ],
          shotel_nomal_pictures: [
            {
              id: 'Number',
              order_num: 'Number',
              shid: 'Number',
              srid: 'Number',
              sub_type: 'String',
              type: 'Number',
              type_id: 'String',
              value: 'String',
            },
          ],
          shotel_room_facilities: [
            {
              id: 'Number',
              order_num: 'Number',
              shid: 'Number',
              srid: 'Number',
              sub_type: 'String',
              type: 'Number',
              type_id: 'String',
              value: 'String',
            },
          ],
        },
        sroom_types: [
          {
            add_bed: 'Number',
            area: 'String',
            facility: 'String',
            floor: 'String',
            gmt_create: 'Date',
            gmt_modified: 'Date',
            max_occupancy: 'Number',
            name: 'String',
            name_e: 'String',
            room_type_bed_info: {
              bed_info_groups: [
                {
                  bed_infos: [
                    {
                      bed_num: 'Number',
                      bed_type: 'String',
                      desc: 'String',
                      length: 'String',
                      width: 'String',
                    },
                  ],
                  bed_num: 'Number',
                  brief_desc: 'String',
                  classification: 'String',
                  classification_desc: 'String',
                  desc: 'String',
                  fuzzy_desc: 'String',
                  simple_desc: 'String',
                },
              ],
              brief_desc: 'String',
              classifications: ['String'],
              classification_desc: 'String',
              desc: 'String',
              fuzzy_desc: 'String',
              simple_desc: 'String',
            },
            shid: 'Number',
            srid: 'Number',
            status: 'Number',
            window_type: 'String',
            pic_urls: 'String',
            sroom_type_properties: {
              sroom_type_nomal_pictures: [
                {
                  id: 'Number',
                  order_num: 'Number',
                  shid: 'Number',
                  srid: 'Number',
                  sub_type: 'String',
                  type: 'Number',
                  type_id: 'String',
                  value: 'String',
                },
              ],
              sroom_type_room_facilities: [
                {
                  id: 'Number',
                  order_num: 'Number',
                  shid: 'Number',
                  srid: 'Number',
                  sub_type: 'String',
                  type: 'Number',
                  type_id: 'String',
                  value: 'String',
                },
              ],
            },
          },
        ],
        star: 'String',
        status: 'Number',
        tel: 'String',
        type: 'String',
        rooms: 'Number',
      },
    ],
    success: 'Boolean',
    success_flag: 'Number',
    total_results: 'Number',
    version: 'Number',
    last_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.info.list.get.for.hello`: method, response root, request and response schemas. */
export const taobaoXhotelInfoListGetForHelloOperation = {
  method: 'taobao.xhotel.info.list.get.for.hello',
  responseRoot: 'xhotel_info_list_get_for_hello_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 哈罗获取酒店详情 — calls TOP method `taobao.xhotel.info.list.get.for.hello`.
 *
 * 哈罗合作项目，供哈罗合作方批量和增量两种场景下查询已开通城市下的标准酒店及房型信息，不涉及用户登录信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelInfoListGetForHello(
  client: TopClient,
  request: TaobaoXhotelInfoListGetForHelloRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelInfoListGetForHelloResponse> {
  return client.call<TaobaoXhotelInfoListGetForHelloResponse>(
    {
      method: 'taobao.xhotel.info.list.get.for.hello',
      responseRoot: 'xhotel_info_list_get_for_hello_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
