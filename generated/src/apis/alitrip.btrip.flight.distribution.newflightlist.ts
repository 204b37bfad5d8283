// Generated from specs/btrip/alitrip.btrip.flight.distribution.newflightlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.newflightlist` (商旅机票航班列表接口，用于分销询价V2). */
export interface AlitripBtripFlightDistributionNewflightlistRequest {
  /** 机票搜索入参 */
  param_flight_search_list_r_q?: AlitripBtripFlightDistributionNewflightlistBtripFlightSearchListRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.newflightlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionNewflightlistResponse {
  /** 响应信息 */
  result?: AlitripBtripFlightDistributionNewflightlistHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightSearchListRq` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistBtripFlightSearchListRqInput {
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 供应商标识 */
  supplier_code?: string;
  /** 出发城市三字码 */
  dep_city_code: string;
  /** 到达城市三字码 */
  arr_city_code: string;
  /** 出发城市名称 */
  dep_city_name?: string;
  /** 到达城市名称 */
  arr_city_name?: string;
  /** 出发日期：指定航班搜索时 ，出发时间以 yyyy-MM-dd HH:mm 这种格式 */
  dep_date: string;
  /** 航司二字码 */
  airline_code?: string;
  /** 舱等:(0所有舱位,1经济舱,2头等舱和商务舱,3经济舱,4头等舱,5商务舱,6经济舱和超级经济舱) */
  cabin_class?: string;
  /** 航班号 */
  flight_no?: string;
  /** 中转航班号 */
  transfer_flight_no?: string;
  /** 中转城市三字码:transferFlightNo不为空则必填 */
  transfer_city_code?: string;
  /** 中转航班出发时间:transferFlightNo不为空则必填 */
  transfer_leave_date?: string;
  /** 是否查询多舱价位 */
  need_multi_class_price?: boolean;
  /** 航程类型 */
  trip_type: string;
  /** 可选项，自定义渠道名称（用于创建渠道） */
  isv_name?: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistHisvResult {
  /** 子模块 */
  module?: AlitripBtripFlightDistributionNewflightlistBtripFlightSearchListRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightSearchListRs` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistBtripFlightSearchListRs {
  /** 航班列表 */
  flight_info_list?: AlitripBtripFlightDistributionNewflightlistFlightInfoDTO[];
  /** 是否可更换PNR出票 */
  is_replace_pnr?: boolean;
}

/** `FlightInfoDTO` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistFlightInfoDTO {
  /** 销售航班号 */
  flight_no?: string;
  /** 是否共享航班 */
  is_share?: boolean;
  /** 承运航班信息 */
  carrier_no?: string;
  /** 承运航司信息 */
  carrier_air_line?: string;
  /** 是否经停 */
  is_stop?: boolean;
  /** 是否中转 */
  is_transfer?: boolean;
  /** 票价 */
  ticket_price?: Int64;
  /** 销售价 */
  price?: Int64;
  /** 剩余座位数:(0~9: 剩余0~9个座位; A: 大于9个座位 个别航司大于4是A) */
  remained_seat_count?: string;
  /** 机建费 */
  build_price?: Int64;
  /** 燃油费 */
  oil_price?: Int64;
  /** 舱位代码 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 总价 */
  total_price?: string;
  /** 优惠价 */
  promotion_price?: string;
  /** 备注 */
  memo?: string;
  /** 加密参数 */
  secret_params?: string;
  /** 退改签描述 */
  class_rule?: string;
  /** 经停城市 */
  stop_city?: string;
  /** 经停起飞时间 */
  stop_dep_time?: string;
  /** 经停落地时间 */
  stop_arr_time?: string;
  /** 航段编号 */
  segment_number?: string;
  /** 航线类型 */
  trip_type?: Int64;
  /** 行程单类型 */
  invoice_type?: Int64;
  /** 出发时间 */
  dep_date?: string;
  /** 到达时间 */
  arr_date?: string;
  /** 出发城市三字码 */
  dep_city_code?: string;
  /** 餐食 */
  meal_desc?: string;
  /** 产品类型描述（标准产品/非标准产品） */
  product_type_desc?: string;
  /** 是否协议价 */
  is_protocol?: boolean;
  /** 机型 */
  flight_size?: string;
  /** 折扣 */
  discount?: Int64;
  /** 商品id */
  ota_item_id?: string;
  /** 机型号 */
  flight_type?: string;
  /** 中转信息 */
  transfer_info?: AlitripBtripFlightDistributionNewflightlistTransferInfo;
  /** 销售航司信息 */
  airline_info?: AlitripBtripFlightDistributionNewflightlistAirlineInfo;
  /** 到达机场信息 */
  arr_airport_info?: AlitripBtripFlightDistributionNewflightlistAirportInfo;
  /** 出发机场信息 */
  dep_airport_info?: AlitripBtripFlightDistributionNewflightlistAirportInfo;
  /** 退改签规则列表 */
  flight_rule_list?: AlitripBtripFlightDistributionNewflightlistFlightRule2[];
  /** 多舱位价格 */
  cabin_info_list?: AlitripBtripFlightDistributionNewflightlistMultiCabinClassInfo[];
  /** 舱位基准价 */
  basic_cabin_price?: Int64;
}

/** `TransferInfo` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistTransferInfo {
  /** 航班号，二程 */
  transfer_flight_no?: string;
  /** 中转到达时间 (第一程到达时间) */
  transfer_arr_date?: string;
  /** 中转起飞时间 (第二程起飞时间) */
  transfer_dep_date?: string;
  /** 中转到达机场信息 */
  transfer_arr_airport_info?: AlitripBtripFlightDistributionNewflightlistAirportInfo;
  /** 中转出发机场信息 */
  transfer_dep_airport_info?: AlitripBtripFlightDistributionNewflightlistAirportInfo;
  /** 第二程销售航司信息 */
  transfer_airline_info?: AlitripBtripFlightDistributionNewflightlistAirlineInfo;
  /** 第二程退改签规则列表 */
  transfer_flight_rule_list?: AlitripBtripFlightDistributionNewflightlistFlightRule[];
  /** 机型代码 */
  flight_size?: string;
  /** 机型 */
  flight_type?: string;
}

/** `AirportInfo` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistAirportInfo {
  /** 必填项,机场编码 */
  airport_code?: string;
  /** 机场名称 */
  airport_name?: string;
  /** 航站楼 */
  terminal?: string;
}

/** `AirlineInfo` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistAirlineInfo {
  /** 航司编码 */
  airline_code?: string;
  /** 航司名称 */
  airline_name?: string;
  /** 航司简称 */
  airline_simple_name?: string;
}

/** `FlightRule` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistFlightRule {
  /** 行李额描述 */
  baggage_info?: string;
  /** 退改签描述 */
  tuigaiqian_info?: string;
  /** 改签规则 */
  change_rule_item?: AlitripBtripFlightDistributionNewflightlistRefundChangeRuleItem;
  /** 退票规则 */
  refund_rule_item?: AlitripBtripFlightDistributionNewflightlistRefundChangeRuleItem;
  /** 行李规则 */
  baggage_item?: AlitripBtripFlightDistributionNewflightlistBaggageItem;
}

/** `RefundChangeRuleItem` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistRefundChangeRuleItem {
  /** 排序使用 */
  index?: Int64;
  /** 表格首行内容(去程 北京-上海) */
  table_head?: string;
  /** 表格标题 */
  title?: string;
  /** 内容类型(0退票/1改期) */
  type?: Int64;
  /** 说明文案 */
  extra_contents?: (string | Record<string, unknown>)[];
  /** 与子内容列数保持一致 */
  sub_table_head?: string[];
  /** 退改表达内容 */
  refund_sub_items?: (string | Record<string, unknown>)[];
}

/** `BaggageItem` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistBaggageItem {
  /** 排序使用 */
  index?: Int64;
  /** 表格首行内容(去程 北京-上海) */
  table_head?: string;
  /** 表格标题 */
  title?: string;
  /** 内容类型(0退票/1改期) */
  type?: Int64;
  /** 提示 */
  tips?: string | Record<string, unknown>;
  /** 行李额子内容 */
  baggage_sub_items?: (string | Record<string, unknown>)[];
}

/** `FlightRule` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistFlightRule2 {
  /** 退改签描述 */
  tuigaiqian_info?: string;
  /** 行李额描述 */
  baggage_info?: string;
  /** 改签规则 */
  change_rule_item?: AlitripBtripFlightDistributionNewflightlistRefundChangeRuleItem2;
  /** 退票规则 */
  refund_rule_item?: AlitripBtripFlightDistributionNewflightlistRefundChangeRuleItem2;
  /** 行李规则 */
  baggage_item?: AlitripBtripFlightDistributionNewflightlistBaggageItem2;
}

/** `RefundChangeRuleItem` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistRefundChangeRuleItem2 {
  /** 排序使用 */
  index?: Int64;
  /** 表格首行内容(去程 北京-上海) */
  table_head?: string;
  /** 表格标题 */
  title?: string;
  /** 内容类型(0退票/1改期) */
  type?: Int64;
  /** 说明文案 */
  extra_contents?: AlitripBtripFlightDistributionNewflightlistExtraContentsBean[];
  /** 与子内容列数保持一致 */
  sub_table_head?: string[];
  /** 退改表达内容 */
  refund_sub_items?: AlitripBtripFlightDistributionNewflightlistRefundChangeRuleSubItem[];
}

/** `ExtraContentsBean` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistExtraContentsBean {
  /** 说明内容 */
  content?: string;
  /** 内容标题 */
  title?: string;
}

/** `RefundChangeRuleSubItem` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistRefundChangeRuleSubItem {
  /** 是否结构体 */
  is_struct?: boolean;
  /** PTC */
  ptc?: string;
  /** 退改签规则的类型 */
  title?: string;
  /** 退款子内容 */
  refund_sub_contents?: (string | Record<string, unknown>)[];
}

/** `BaggageItem` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistBaggageItem2 {
  /** 排序使用 */
  index?: Int64;
  /** 表格首行内容(去程 北京-上海) */
  table_head?: string;
  /** 表格标题 */
  title?: string;
  /** 内容类型(0退票/1改期) */
  type?: Int64;
  /** 提示 */
  tips?: AlitripBtripFlightDistributionNewflightlistBaggageTip;
  /** 行李额子内容 */
  baggage_sub_items?: AlitripBtripFlightDistributionNewflightlistBaggageTip2[];
}

/** `BaggageTip` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistBaggageTip {
  /** 头像链接 */
  logo?: string;
  /** 提示描述 */
  tips_desc?: string;
  /** 图片链接 */
  tips_image?: string;
}

/** `BaggageTip` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistBaggageTip2 {
  /** 是否结构体 */
  is_struct?: boolean;
  /** PTC */
  ptc?: string;
  /** 退改签规则的类型 */
  title?: string;
  /** 行李子内容可视化内容 */
  baggage_sub_content_visualizes?: (string | Record<string, unknown>)[];
}

/** `MultiCabinClassInfo` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistMultiCabinClassInfo {
  /** 销售价 */
  price?: Int64;
  /** 票价 */
  ticket_price?: Int64;
  /** 燃油 */
  oil_price?: Int64;
  /** 基建 */
  build_price?: Int64;
  /** 总价 */
  total_price?: Int64;
  /** 剩余座位数 */
  remained_seat_count?: string;
  /** 必填项,舱位代码 */
  cabin?: string;
  /** 子舱位代码 */
  child_cabin?: string;
  /** 舱位名称，公务舱 */
  class_name?: string;
  /** 必填项,舱等 */
  cabin_class?: string;
  /** 子舱位等级展示用名称，超级经济舱 */
  cabin_class_name?: string;
  /** 必填项,折扣 */
  discount?: string;
  /** 优惠价 */
  promotion_price?: string;
  /** 备注{"key":"value"} */
  memo?: string;
  /** 加密参数,包含agentId 登下单需要用到的参数信息 */
  order_params?: string;
  /** 退改签描述 */
  class_rule?: string;
  /** 退改签规则列表 */
  flight_rule_list?: AlitripBtripFlightDistributionNewflightlistFlightRule3[];
  /** 产品类型 */
  product_type?: Int64;
  /** 行程单类型 */
  invoice_type?: Int64;
  /** 是否协议价 */
  is_protocol?: boolean;
  /** 标准/非标准产品 */
  product_type_desc?: string;
  /** 商品id */
  ota_item_id?: string;
  /** 退改签规则列表json */
  flight_rule_list_str?: string;
  /** 舱位基准价 */
  basic_cabin_price?: Int64;
}

/** `FlightRule` of `alitrip.btrip.flight.distribution.newflightlist`. */
export interface AlitripBtripFlightDistributionNewflightlistFlightRule3 {
  /** 退改签描述 */
  tuigaiqian_info?: string;
  /** 行李额描述 */
  baggage_info?: string;
  /** 改签规则 */
  change_rule_item?: AlitripBtripFlightDistributionNewflightlistRefundChangeRuleItem;
  /** 退票规则 */
  refund_rule_item?: AlitripBtripFlightDistributionNewflightlistRefundChangeRuleItem;
  /** 行李规则 */
  baggage_item?: AlitripBtripFlightDistributionNewflightlistBaggageItem;
}

const REQUEST_SCHEMA = {
  param_flight_search_list_r_q: {
    sub_channel: 'String',
    supplier_code: 'String',
    dep_city_code: 'String',
    arr_city_code: 'String',
    dep_city_name: 'String',
    arr_city_name: 'String',
    dep_date: 'String',
    airline_code: 'String',
    cabin_class: 'String',
    flight_no: 'String',
    transfer_flight_no: 'String',
    transfer_city_code: 'String',
    transfer_leave_date: 'String',
    need_multi_class_price: 'Boolean',
    trip_type: 'String',
    isv_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      flight_info_list: [
        {
          flight_no: 'String',
          is_share: 'Boolean',
          carrier_no: 'String',
          carrier_air_line: 'String',
          is_stop: 'Boolean',
          is_transfer: 'Boolean',
          ticket_price: 'Number',
          price: 'Number',
          remained_seat_count: 'String',
          build_price: 'Number',
          oil_price: 'Number',
          cabin: 'String',
          cabin_class: 'String',
          total_price: 'String',
          promotion_price: 'String',
          memo: 'String',
          secret_params: 'String',
          class_rule: 'String',
          stop_city: 'String',
          stop_dep_time: 'String',
          stop_arr_time: 'String',
          segment_number: 'String',
          trip_type: 'Number',
          invoice_type: 'Number',
          dep_date: 'Date',
          arr_date: 'Date',
          dep_city_code: 'String',
          meal_desc: 'String',
          product_type_desc: 'String',
          is_protocol: 'Boolean',
          flight_size: 'String',
          discount: 'Number',
          ota_item_id: 'String',
          flight_type: 'String',
          transfer_info: {
            transfer_flight_no: 'String',
            transfer_arr_date: 'Date',
            transfer_dep_date: 'Date',
            transfer_arr_airport_info: {
              airport_code: 'String',
              airport_name: 'String',
              terminal: 'String',
            },
            transfer_dep_airport_info: {
              airport_code: 'String',
              airport_name: 'String',
              terminal: 'String',
            },
            transfer_airline_info: {
              airline_code: 'String',
              airline_name: 'String',
              airline_simple_name: 'String',
            },
            transfer_flight_rule_list: [
              {
                baggage_info: 'String',
                tuigaiqian_info: 'String',
                change_rule_item: {
                  index: 'Number',
                  table_head: 'String',
                  title: 'String',
                  type: 'Number',
                  extra_contents: ['Json'],
                  sub_table_head: ['String'],
                  refund_sub_items: ['Json'],
                },
                refund_rule_item: {
                  index: 'Number',
                  table_head: 'String',
                  title: 'String',
                  type: 'Number',
                  extra_contents: ['Json'],
                  sub_table_head: ['String'],
                  refund_sub_items: ['Json'],
                },
                baggage_item: {
                  index: 'Number',
                  table_head: 'String',
                  title: 'String',
                  type: 'Number',
                  tips: 'Json',
                  baggage_sub_items: ['Json'],
                },
              },
            ],
            flight_size: 'String',
            flight_type: 'String',
          },
          airline_info: {
            airline_code: 'String',
            airline_name: 'String',
            airline_simple_name: 'String',
          },
          arr_airport_info: {
            airport_code: 'String',
            airport_name: 'String',
            terminal: 'String',
          },
          dep_airport_info: {
            airport_code: 'String',
            airport_name: 'String',
            terminal: 'String',
          },
          flight_rule_list: [
            {
              tuigaiqian_info: 'String',
              baggage_info: 'String',
              change_rule_item: {
                index: 'Number',
                table_head: 'String',
                title: 'String',
                type: 'Number',
                extra_contents: [
                  {
                    content: 'String',
                    title: 'String',
                  },
                ],
                sub_table_head: ['String'],
                refund_sub_items: [
                  {
                    is_struct: 'Boolean',
                    ptc: 'String',
                    title: 'String',
                    refund_sub_contents: ['Json'],
                  },
                ],
              },
              refund_rule_item: {
                index: 'Number',
                table_head: 'String',
                title: 'String',
                type: 'Number',
                extra_contents: [
                  {
                    content: 'String',
                    title: 'String',
                  },
                ],
                sub_table_head: ['String'],
                refund_sub_items: [
                  {
                    is_struct: 'Boolean',
                    ptc: 'String',
                    title: 'String',
                    refund_sub_contents: ['Json'],
                  },
                ],
              },
              baggage_item: {
                index: 'Number',
                table_head: 'String',
                title: 'String',
                type: 'Number',
                tips: {
                  logo: 'String',
                  tips_desc: 'String',
                  tips_image: 'String',
                },
                baggage_sub_items: [
                  {
                    is_struct: 'Boolean',
                    ptc: 'String',
                    title: 'String',
                    baggage_sub_content_visualizes: ['Json'],
                  },
                ],
              },
            },
          ],
          cabin_info_list: [
            {
              price: 'Number',
              ticket_price: 'Number',
              oil_price: 'Number',
              build_price: 'Number',
              total_price: 'Number',
              remained_seat_count: 'String',
              cabin: 'String',
              child_cabin: 'String',
              class_name: 'String',
              cabin_class: 'String',
              cabin_class_name: 'String',
              discount: 'String',
              promotion_price: 'String',
              memo: 'String',
              order_params: 'String',
              class_rule: 'String',
              flight_rule_list: [
                {
                  tuigaiqian_info: 'String',
                  baggage_info: 'String',
                  change_rule_item: {
                    index: 'Number',
                    table_head: 'String',
                    title: 'String',
                    type: 'Number',
                    extra_contents: ['Json'],
                    sub_table_head: ['String'],
                    refund_sub_items: ['Json'],
                  },
                  refund_rule_item: {
                    index: 'Number',
                    table_head: 'String',
                    title: 'String',
                    type: 'Number',
                    extra_contents: ['Json'],
                    sub_table_head: ['String'],
                    refund_sub_items: ['Json'],
                  },
                  baggage_item: {
                    index: 'Number',
                    table_head: 'String',
                    title: 'String',
                    type: 'Number',
                    tips: 'Json',
                    baggage_sub_items: ['Json'],
                  },
                },
              ],
              product_type: 'Number',
              invoice_type: 'Number',
              is_protocol: 'Boolean',
              product_type_desc: 'String',
              ota_item_id: 'String',
              flight_rule_list_str: 'String',
              basic_cabin_price: 'Number',
            },
          ],
          basic_cabin_price: 'Number',
        },
      ],
      is_replace_pnr: 'Boolean',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.newflightlist`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionNewflightlistOperation = {
  method: 'alitrip.btrip.flight.distribution.newflightlist',
  responseRoot: 'alitrip_btrip_flight_distribution_newflightlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票航班列表接口，用于分销询价V2 — calls TOP method `alitrip.btrip.flight.distribution.newflightlist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionNewflightlist(
  client: TopClient,
  request: AlitripBtripFlightDistributionNewflightlistRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionNewflightlistResponse> {
  return client.call<AlitripBtripFlightDistributionNewflightlistResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.newflightlist',
      responseRoot: 'alitrip_btrip_flight_distribution_newflightlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
