// Generated from specs/cainiaoncwl/cainiao.ncwl.jhorder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.ncwl.jhorder.query` (农村物流集货单查询接口). */
export interface CainiaoNcwlJhorderQueryRequest {
  /** 1 */
  param0?: CainiaoNcwlJhorderQueryJhRequestInput;
}

/** Response of `cainiao.ncwl.jhorder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoNcwlJhorderQueryResponse {
  /** 总结果记录数 */
  total_results?: Int64;
  /** 翻页查询当前返回页数；指定集货号时无效； */
  current_page?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 查询获得的集货单列表 */
  jh_order_list?: CainiaoNcwlJhorderQueryJhOrder[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JhRequest` of `cainiao.ncwl.jhorder.query`. */
export interface CainiaoNcwlJhorderQueryJhRequestInput {
  /** 集单完成时间，查询起点 */
  start_time?: DateInput;
  /** 1 */
  area_info?: CainiaoNcwlJhorderQueryJhAreaInfoInput;
  /** 通常指定已集货状态；指定状态查询，不指定返回所有；CONSOLIDATED 已集货;CONSIGNED 已发货;INBOUND 县仓入库;LACK 缺货LACK */
  status?: string;
  /** 查询第几页，起点1 */
  page_no?: Int64Input;
  /** 淘宝item_id */
  item_id?: string;
  /** 一页查询多少数据，最大100 */
  page_size?: Int64Input;
  /** 可以指定集货号查询，此时其他条件忽略；最大指定5条，逗号分隔； */
  order_code_list?: string;
  /** 集单完成时间，查询尾点；尾点有起点不能超过7天；起点不能是一年以前； */
  end_time?: DateInput;
  /** 淘宝skuId */
  sku_id?: string;
}

/** `JhAreaInfo` of `cainiao.ncwl.jhorder.query`. */
export interface CainiaoNcwlJhorderQueryJhAreaInfoInput {
  /** 可以指定某个省的集货单 */
  provice?: string;
  /** 可以指定某个省市的集货单 */
  district?: string;
  /** 可以指定省市区的集货单 */
  city?: string;
}

/** `JhOrder` of `cainiao.ncwl.jhorder.query`. */
export interface CainiaoNcwlJhorderQueryJhOrder {
  /** 此集货单集货开始时间 */
  begin_time?: string;
  /** 此集货单集货停止时间 */
  finish_time?: string;
  /** 此集货单商品列表 */
  item_info_list?: CainiaoNcwlJhorderQueryJhItemInfo[];
  /** 收货信息 */
  jh_receiver_info?: CainiaoNcwlJhorderQueryJhReceiverInfo;
  /** 集货单号 */
  order_code?: string;
  /** 补货原主单号 */
  original_order?: string;
  /** 集货单状态，CONSOLIDATED 已集货;CONSIGNED 已发货;INBOUND 县仓入库;LACK 缺货LACK */
  status?: string;
  /** 预留字段，本集包费用，单位分 */
  jh_fee?: CainiaoNcwlJhorderQueryJhFee;
  /** 是否是补货 */
  replenish_flag?: boolean;
}

/** `JhItemInfo` of `cainiao.ncwl.jhorder.query`. */
export interface CainiaoNcwlJhorderQueryJhItemInfo {
  /** 商品名称 */
  name?: string;
  /** 外部编号，即商家商品编号 */
  outer_item_id?: string;
  /** 数量 */
  quantity?: Int64;
  /** 淘系商品号 */
  tb_item_id?: Int64;
  /** 淘系skuid */
  tb_sku_id?: Int64;
  /** 体积，单位，立方分米 */
  volume?: Int64;
  /** 重量，单位，克 */
  weight?: Int64;
  /** 预留字段，活动报名时候配置的，根据包装与包含了几个售卖单位；商家内部有维护，以公司内部为准； */
  pacakge_rule?: string;
  /** 预留字段，售卖1件相当于几个东西；如果销售商品售卖规则与商家内部规则一致，可以不使用这个字段； */
  sell_rule?: string;
}

/** `JhReceiverInfo` of `cainiao.ncwl.jhorder.query`. */
export interface CainiaoNcwlJhorderQueryJhReceiverInfo {
  /** 收货城市 */
  city?: string;
  /** 收货县或者区 */
  district?: string;
  /** 收货省 */
  province?: string;
  /** 收货明细地址 */
  receiver_address?: string;
  /** 收货手机号 */
  receiver_mobile?: string;
  /** 收货姓名 */
  receiver_name?: string;
  /** 收货电话 */
  receiver_phone?: string;
  /** 收货邮编 */
  receiver_zip?: string;
  /** 收货镇或者街区 */
  street?: string;
}

/** `JhFee` of `cainiao.ncwl.jhorder.query`. */
export interface CainiaoNcwlJhorderQueryJhFee {
  /** 预留字段，总计金额 */
  total_logistic_fee?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    start_time: 'Date',
    area_info: {
      provice: 'String',
      district: 'String',
      city: 'String',
    },
    status: 'String',
    page_no: 'Number',
    item_id: 'String',
    page_size: 'Number',
    order_code_list: 'String',
    end_time: 'Date',
    sku_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  current_page: 'Number',
  total_page: 'Number',
  jh_order_list: [
    {
      begin_time: 'Date',
      finish_time: 'Date',
      item_info_list: [
        {
          name: 'String',
          outer_item_id: 'String',
          quantity: 'Number',
          tb_item_id: 'Number',
          tb_sku_id: 'Number',
          volume: 'Number',
          weight: 'Number',
          pacakge_rule: 'String',
          sell_rule: 'String',
        },
      ],
      jh_receiver_info: {
        city: 'String',
        district: 'String',
        province: 'String',
        receiver_address: 'String',
        receiver_mobile: 'String',
        receiver_name: 'String',
        receiver_phone: 'String',
        receiver_zip: 'String',
        street: 'String',
      },
      order_code: 'String',
      original_order: 'String',
      status: 'String',
      jh_fee: {
        total_logistic_fee: 'Number',
      },
      replenish_flag: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `cainiao.ncwl.jhorder.query`: method, response root, request and response schemas. */
export const cainiaoNcwlJhorderQueryOperation = {
  method: 'cainiao.ncwl.jhorder.query',
  responseRoot: 'cainiao_ncwl_jhorder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 农村物流集货单查询接口 — calls TOP method `cainiao.ncwl.jhorder.query`.
 *
 * 提供给接入商家，查询农村物流集货单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoNcwlJhorderQuery(
  client: TopClient,
  request: CainiaoNcwlJhorderQueryRequest = {},
  options?: CallOptions,
): Promise<CainiaoNcwlJhorderQueryResponse> {
  return client.call<CainiaoNcwlJhorderQueryResponse>(
    {
      method: 'cainiao.ncwl.jhorder.query',
      responseRoot: 'cainiao_ncwl_jhorder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
