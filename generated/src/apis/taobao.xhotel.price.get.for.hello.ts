// Generated from specs/hotel/taobao.xhotel.price.get.for.hello.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.price.get.for.hello` (哈罗合作方获取酒店库存报价). */
export interface TaobaoXhotelPriceGetForHelloRequest {
  /** 参数封装 */
  hotel_price_param?: TaobaoXhotelPriceGetForHelloHotelPriceParamInput;
}

/** Response of `taobao.xhotel.price.get.for.hello`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelPriceGetForHelloResponse {
  /** 库价结果封装 */
  result?: TaobaoXhotelPriceGetForHelloHotelPriceResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelPriceParam` of `taobao.xhotel.price.get.for.hello`. */
export interface TaobaoXhotelPriceGetForHelloHotelPriceParamInput {
  /** 版本控制(3.0支持信用住) */
  data_version?: string;
  /** 离店日期 */
  end_date?: DateInput;
  /** 经过混淆的userId */
  open_id?: string;
  /** 标志参数pid */
  pid?: string;
  /** 标准酒店id和城市编码拼接字符串，最多50个 */
  shid_city_code?: string;
  /** 入住日期 */
  start_date?: DateInput;
  /** 请求类型：0批量请求；1实时请求 */
  type?: Int64Input;
}

/** `HotelPriceResultSet` of `taobao.xhotel.price.get.for.hello`. */
export interface TaobaoXhotelPriceGetForHelloHotelPriceResultSet {
  /** 渠道id，0--pc,1--无线 */
  channel_id?: string;
  /** 本次请求是否错误，true--出粗 */
  error?: boolean;
  /** errorCode，error=true时有值 */
  error_code?: string;
  /** 错误信息，error=true时有值 */
  error_msg?: string;
  /** 报价list页h5链接 */
  h5_list_url?: string;
  /** 当前数据集合是否还有下一页 */
  has_next?: boolean;
  /** list页pc链接 */
  hotel_list_url?: string;
  /** 请求id，用于链路追踪 */
  request_id?: string;
  /** 每个标准酒店的库价集合 */
  results?: TaobaoXhotelPriceGetForHelloSHotelPrice[];
  /** 服务调用是否成功 */
  success?: boolean;
  /** 数据总量 */
  total_results?: Int64;
  /** 版本信息 */
  version?: Int64;
  /** 当前用户的会员信息 */
  bind_member_infos?: TaobaoXhotelPriceGetForHelloSellerSupplierPartnerMemberInfoVo[];
}

/** `SHotelPrice` of `taobao.xhotel.price.get.for.hello`. */
export interface TaobaoXhotelPriceGetForHelloSHotelPrice {
  /** 每个标准酒店某一天的所有库价集合 */
  daily_price_list?: TaobaoXhotelPriceGetForHelloSHotelDailyPrice[];
  /** 标准房型shid */
  shid?: Int64;
}

/** `SHotelDailyPrice` of `taobao.xhotel.price.get.for.hello`. */
export interface TaobaoXhotelPriceGetForHelloSHotelDailyPrice {
  /** 离店日期 */
  end?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 当日所有库价的最低价 */
  low_price?: Int64;
  /** 对应标准酒店id */
  shid?: Int64;
  /** 本shid下所有标准房型的当日库价 */
  sroom_type_daily_price_list?: TaobaoXhotelPriceGetForHelloSRoomTypeDailyPrice[];
  /** 入住时间 */
  start?: string;
}

/** `SRoomTypeDailyPrice` of `taobao.xhotel.price.get.for.hello`. */
export interface TaobaoXhotelPriceGetForHelloSRoomTypeDailyPrice {
  /** 离店日期 */
  end?: string;
  /** 最低价 */
  low_price?: Int64;
  /** 当前标准房型下所有库价集合 */
  room_type_daily_price_list?: TaobaoXhotelPriceGetForHelloRoomTypeDailyPrice[];
  /** 标准酒店id */
  shid?: Int64;
  /** 标准房型id */
  srid?: Int64;
  /** 入住时间 */
  start?: string;
  /** 床型字符串 */
  bed_type_string?: string;
  /** 标准房型名 */
  name?: string;
  /** 窗型枚举，0-无窗,1-有窗,2-部分有窗,3-暗窗,4-部分暗窗 */
  window_type?: string;
}

/** `RoomTypeDailyPrice` of `taobao.xhotel.price.get.for.hello`. */
export interface TaobaoXhotelPriceGetForHelloRoomTypeDailyPrice {
  /** 床型数据 */
  bed_type_string?: string;
  /** h5下单页链接 */
  h5_buy_url?: string;
  /** 房型名称 */
  name?: string;
  /** pc下单页链接 */
  pc_buy_url?: string;
  /** 库价具体信息 */
  rates?: TaobaoXhotelPriceGetForHelloRate[];
  /** 卖家房型id */
  rid?: Int64;
  /** 标准房型srid */
  srid?: Int64;
  /** 床型信息 */
  window_type?: string;
}

/** `Rate` of `taobao.xhotel.price.get.for.hello`. */
export interface TaobaoXhotelPriceGetForHelloRate {
  /** 餐食信息 */
  breakfast?: string;
  /** 餐食类型，0--无早, 1--单早, 2--双早, 3--三早, 4--多早 */
  breakfast_count?: Int64;
  /** 最晚入住时间 */
  can_checkin_end?: string;
  /** 最早入住时间 */
  can_checkin_start?: string;
  /** 退订政策描述，默认是短文案； */
  cancel_policy_desc?: string;
  /** 退订政策长文案 */
  cancel_policy_desc_long?: string;
  /** 退订政策中文案 */
  cancel_policy_desc_middle?: string;
  /** 退订政策类型枚举，1-不能退, 2-免费退, 3-按规则退 */
  cancel_type?: Int64;
  /** 担保开始时间 */
  guarantee_start_time?: string;
  /** 担保类型 */
  guarantee_type?: Int64;
  /** h5下单页链接 */
  h5_buy_url?: string;
  /** 最长可入住时间标识，float类型 */
  hourage?: string;
  /** 是否立即确认 */
  instant_confirm?: boolean;
  /** 库存价格信息 */
  inventory_price?: string;
  /** 会员等级 */
  member_level?: Int64;
  /** 会员等级名称 */
  member_level_name?: string;
  /** 报价类型 */
  payment_type_byte?: Int64;
  /** pc购买地址 */
  pc_buy_url?: string;
  /** 报价id */
  rate_id?: Int64;
  /** 价格政策名称 */
  rate_plan_name?: string;
  /** 注册状态，true-已注册，false-未注册 */
  register_status?: boolean;
  /** 价格政策id */
  rp_id?: Int64;
  /** 立减金额； 最新接口数据已包含UMP优惠信息，用于信用住场景的优惠返回； */
  subtract?: Int64;
  /** 是否消失方，true--是，空或false-不是 */
  hour_rate?: boolean;
  /** 当前报价对应的rid */
  rid?: Int64;
  /** 当前报价所属卖家id */
  seller_id?: Int64;
  /** 当前报价对应的srid */
  srid?: Int64;
  /** 最晚离店时间，HH:MM格式 */
  can_check_out_end?: string;
  /** 是否展示”信用住“标签，true--展示，false */
  later_pay?: boolean;
  /** 是否展示“会员价”标签；不是原价的价格上也有优惠价与会员价的区分；true--展示 */
  member_price?: boolean;
  /** 卖家供应商渠道代号，一个卖家可以有多个供应商，使用代号进行区别 */
  supplier?: string;
}

/** `SellerSupplierPartnerMemberInfoVo` of `taobao.xhotel.price.get.for.hello`. */
export interface TaobaoXhotelPriceGetForHelloSellerSupplierPartnerMemberInfoVo {
  /** 会员卡名称 */
  card_name?: string;
  /** 会员详细描述 */
  detail_memo?: string;
  /** 用户是否在第三方系统中绑定了会员,true--已绑定 */
  has_binded?: boolean;
  /** 会员等级 */
  member_level?: Int64;
  /** 会员对应的商家 */
  seller_id?: Int64;
  /** 会员对应的供应商 */
  supplier?: string;
}

const REQUEST_SCHEMA = {
  hotel_price_param: {
    data_version: 'String',
    end_date: 'Date',
    open_id: 'String',
    pid: 'String',
    shid_city_code: 'String',
    start_date: 'Date',
    type: 'Number',
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
        daily_price_list: [
          {
            end: 'Date',
            error_code: 'String',
            error_msg: 'String',
            low_price: 'Number',
            shid: 'Number',
            sroom_type_daily_price_list: [
              {
                end: 'Date',
                low_price: 'Number',
                room_type_daily_price_list: [
                  {
                    bed_type_string: 'String',
                    h5_buy_url: 'String',
                    name: 'String',
                    pc_buy_url: 'String',
                    rates: [
                      {
                        breakfast: 'String',
                        breakfast_count: 'Number',
                        can_checkin_end: 'String',
                        can_checkin_start: 'String',
                        cancel_policy_desc: 'String',
                        cancel_policy_desc_long: 'String',
                        cancel_policy_desc_middle: 'String',
                        cancel_type: 'Number',
                        guarantee_start_time: 'String',
                        guarantee_type: 'Number',
                        h5_buy_url: 'String',
                        hourage: 'String',
                        instant_confirm: 'Boolean',
                        inventory_price: 'String',
                        member_level: 'Number',
                        member_level_name: 'String',
                        payment_type_byte: 'Number',
                        pc_buy_url: 'String',
                        rate_id: 'Number',
                        rate_plan_name: 'String',
                        register_status: 'Boolean',
                        rp_id: 'Number',
                        subtract: 'Number',
                        hour_rate: 'Boolean',
                        rid: 'Number',
                        seller_id: 'Number',
                        srid: 'Number',
                        can_check_out_end: 'String',
                        later_pay: 'Boolean',
                        member_price: 'Boolean',
                        supplier: 'String',
                      },
                    ],
                    rid: 'Number',
                    srid: 'Number',
                    window_type: 'String',
                  },
                ],
                shid: 'Number',
                srid: 'Number',
                start: 'Date',
                bed_type_string: 'String',
                name: 'String',
                window_type: 'String',
              },
            ],
            start: 'Date',
          },
        ],
        shid: 'Number',
      },
    ],
    success: 'Boolean',
    total_results: 'Number',
    version: 'Number',
    bind_member_infos: [
      {
        card_name: 'String',
        detail_memo: 'String',
        has_binded: 'Boolean',
        member_level: 'Number',
        seller_id: 'Number',
        supplier: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.price.get.for.hello`: method, response root, request and response schemas. */
export const taobaoXhotelPriceGetForHelloOperation = {
  method: 'taobao.xhotel.price.get.for.hello',
  responseRoot: 'xhotel_price_get_for_hello_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 哈罗合作方获取酒店库存报价 — calls TOP method `taobao.xhotel.price.get.for.hello`.
 *
 * 哈罗合作项目，供哈罗合作方按需查询已开通城市下的标准酒店下指定时间段内的库存报价信息；在用户登录方面，返回结果不涉及用户个人信息，不涉及商家信息；仅根据不同用户，查询对应会员等级后，返回不同报价；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelPriceGetForHello(
  client: TopClient,
  request: TaobaoXhotelPriceGetForHelloRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelPriceGetForHelloResponse> {
  return client.call<TaobaoXhotelPriceGetForHelloResponse>(
    {
      method: 'taobao.xhotel.price.get.for.hello',
      responseRoot: 'xhotel_price_get_for_hello_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
