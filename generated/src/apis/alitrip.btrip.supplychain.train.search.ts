// Generated from specs/btrip/alitrip.btrip.supplychain.train.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.train.search` (【商旅】火车票订单查询). */
export interface AlitripBtripSupplychainTrainSearchRequest {
  /** 入参 */
  rq: AlitripBtripSupplychainTrainSearchOpenApiSearchRqInput;
}

/** Response of `alitrip.btrip.supplychain.train.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainTrainSearchResponse {
  /** 接口对外数据透出 */
  result?: AlitripBtripSupplychainTrainSearchHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiSearchRq` of `alitrip.btrip.supplychain.train.search`. */
export interface AlitripBtripSupplychainTrainSearchOpenApiSearchRqInput {
  /** false：仅搜索未报销的申请单 */
  all_apply?: boolean;
  /** 商旅申请单id */
  apply_id?: Int64Input;
  /** 第三方企业id */
  corp_id: string;
  /** 用户所在部门id */
  depart_id?: string;
  /** 结束时间 */
  end_time?: DateInput;
  /** 页数，从1开始 */
  page?: Int64Input;
  /** 每页数据量，默认10，最高50 */
  page_size?: Int64Input;
  /** 开始时间 */
  start_time?: DateInput;
  /** 第三方申请单ID */
  thirdpart_apply_id?: string;
  /** 更新结束时间 */
  update_end_time?: DateInput;
  /** 更新开始时间 */
  update_start_time?: DateInput;
  /** 第三方用户id */
  user_id?: string;
  /** 1、老版本2、isv对外版本 */
  version?: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.supplychain.train.search`. */
export interface AlitripBtripSupplychainTrainSearchHisvResult {
  /** 火车票订单信息 */
  module_list?: AlitripBtripSupplychainTrainSearchOpenApiTrainOrderRs[];
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 成功标识 */
  is_success?: boolean;
  /** 分页相关信息 */
  page_info?: AlitripBtripSupplychainTrainSearchPageInfoRs;
}

/** `OpenApiTrainOrderRs` of `alitrip.btrip.supplychain.train.search`. */
export interface AlitripBtripSupplychainTrainSearchOpenApiTrainOrderRs {
  /** 火车票订单id */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 商旅企业id */
  corp_id?: string;
  /** 企业名称 */
  corp_name?: string;
  /** 第三方用户id */
  user_id?: string;
  /** 用户名称 */
  user_name?: string;
  /** 用户所在部门id */
  depart_id?: string;
  /** 部门名称 */
  depart_name?: string;
  /** 商旅申请单id */
  apply_id?: Int64;
  /** 联系人 */
  contact_name?: string;
  /** 始发站 */
  dep_station?: string;
  /** 抵达站 */
  arr_station?: string;
  /** 出发日期 */
  dep_time?: string;
  /** 到达日期 */
  arr_time?: string;
  /** 车次号 */
  train_number?: string;
  /** 火车类型 */
  train_type?: string;
  /** 坐席 */
  seat_type?: string;
  /** 运行时长 */
  run_time?: string;
  /** 12306票号 */
  ticket_no12306?: string;
  /** 始发城市 */
  dep_city?: string;
  /** 抵达城市 */
  arr_city?: string;
  /** 乘车人 */
  rider_name?: string;
  /** 票数 */
  ticket_count?: Int64;
  /** 订单状态：0待支付,1出票中,2已关闭,3,改签成功,4退票成功,5出票完成,6退票申请中,7改签申请中,8已出票,已发货,9出票失败,10改签失败,11退票失败,12有线下改签,13有线下退票,14有线下退改 */
  status?: Int64;
  /** 价目信息 */
  price_info_list?: AlitripBtripSupplychainTrainSearchOpenPriceInfo[];
  /** 成本中心对象 */
  cost_center?: AlitripBtripSupplychainTrainSearchOpenCostCenterDo;
  /** 发票对象 */
  invoice?: AlitripBtripSupplychainTrainSearchOpenInvoiceDo;
  /** 第三方行程id */
  thirdpart_itinerary_id?: string;
  /** 乘车人列表 */
  user_affiliate_list?: AlitripBtripSupplychainTrainSearchOpenUserAffiliateDO[];
  /** 第三方行程id */
  thirdpart_apply_id?: string;
  /** 申请单名称 */
  btrip_title?: string;
  /** 项目id */
  project_id?: Int64;
  /** 项目code */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
  /** 第三方项目id */
  third_part_project_id?: string;
}

/** `OpenPriceInfo` of `alitrip.btrip.supplychain.train.search`. */
export interface AlitripBtripSupplychainTrainSearchOpenPriceInfo {
  /** 价格 */
  price?: string;
  /** 资金流向:1:支出，2:收入 */
  type?: Int64;
  /** 消费类型（废弃） */
  category?: string;
  /** 结算方式:1：个人现付，2:企业现付,4:企业月结，8、企业预存 */
  pay_type?: Int64;
  /** 流水创建时间 */
  gmt_create?: string;
  /** 乘车人名称，多个用‘,’分割 */
  passenger_name?: string;
  /** 订单交易流水号 */
  trade_id?: string;
  /** 改签前原车次号 */
  original_train_no?: string;
  /** 改签车次号 */
  train_no?: string;
  /** 改签座席 */
  seat_type?: string;
  /** 改签出发城市 */
  start_city?: string;
  /** 改签到达城市 */
  end_city?: string;
  /** 改签出发时间 */
  start_time?: string;
  /** 改签到达时间 */
  end_time?: string;
  /** 消费类目类型1-飞机,2-酒店,3-火车,4-用车 */
  category_type?: Int64;
  /** 消费类目编码 */
  category_code?: Int64;
}

/** `OpenCostCenterDo` of `alitrip.btrip.supplychain.train.search`. */
export interface AlitripBtripSupplychainTrainSearchOpenCostCenterDo {
  /** 商旅成本中心id */
  id?: Int64;
  /** 商旅企业id */
  corp_id?: string;
  /** 成本中心编号 */
  number?: string;
  /** 成本中心名称 */
  name?: string;
}

/** `OpenInvoiceDo` of `alitrip.btrip.supplychain.train.search`. */
export interface AlitripBtripSupplychainTrainSearchOpenInvoiceDo {
  /** 商旅发票id */
  id?: Int64;
  /** 发票抬头 */
  title?: string;
}

/** `OpenUserAffiliateDO` of `alitrip.btrip.supplychain.train.search`. */
export interface AlitripBtripSupplychainTrainSearchOpenUserAffiliateDO {
  /** 乘车人ID */
  user_id?: string;
  /** 乘车人名称 */
  user_name?: string;
}

/** `PageInfoRs` of `alitrip.btrip.supplychain.train.search`. */
export interface AlitripBtripSupplychainTrainSearchPageInfoRs {
  /** 当前页 */
  page?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 总记录数 */
  total_number?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    all_apply: 'Boolean',
    apply_id: 'Number',
    corp_id: 'String',
    depart_id: 'String',
    end_time: 'Date',
    page: 'Number',
    page_size: 'Number',
    start_time: 'Date',
    thirdpart_apply_id: 'String',
    update_end_time: 'Date',
    update_start_time: 'Date',
    user_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module_list: [
      {
        id: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        corp_id: 'String',
        corp_name: 'String',
        user_id: 'String',
        user_name: 'String',
        depart_id: 'String',
        depart_name: 'String',
        apply_id: 'Number',
        contact_name: 'String',
        dep_station: 'String',
        arr_station: 'String',
        dep_time: 'Date',
        arr_time: 'Date',
        train_number: 'String',
        train_type: 'String',
        seat_type: 'String',
        run_time: 'String',
        ticket_no12306: 'String',
        dep_city: 'String',
        arr_city: 'String',
        rider_name: 'String',
        ticket_count: 'Number',
        status: 'Number',
        price_info_list: [
          {
            price: 'String',
            type: 'Number',
            category: 'String',
            pay_type: 'Number',
            gmt_create: 'Date',
            passenger_name: 'String',
            trade_id: 'String',
            original_train_no: 'String',
            train_no: 'String',
            seat_type: 'String',
            start_city: 'String',
            end_city: 'String',
            start_time: 'Date',
            end_time: 'Date',
            category_type: 'Number',
            category_code: 'Number',
          },
        ],
        cost_center: {
          id: 'Number',
          corp_id: 'String',
          number: 'String',
          name: 'String',
        },
        invoice: {
          id: 'Number',
          title: 'String',
        },
        thirdpart_itinerary_id: 'String',
        user_affiliate_list: [
          {
            user_id: 'String',
            user_name: 'String',
          },
        ],
        thirdpart_apply_id: 'String',
        btrip_title: 'String',
        project_id: 'Number',
        project_code: 'String',
        project_title: 'String',
        third_part_project_id: 'String',
      },
    ],
    result_code: 'Number',
    result_msg: 'String',
    is_success: 'Boolean',
    page_info: {
      page: 'Number',
      page_size: 'Number',
      total_number: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.train.search`: method, response root, request and response schemas. */
export const alitripBtripSupplychainTrainSearchOperation = {
  method: 'alitrip.btrip.supplychain.train.search',
  responseRoot: 'alitrip_btrip_supplychain_train_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】火车票订单查询 — calls TOP method `alitrip.btrip.supplychain.train.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainTrainSearch(
  client: TopClient,
  request: AlitripBtripSupplychainTrainSearchRequest,
  options?: CallOptions,
): Promise<AlitripBtripSupplychainTrainSearchResponse> {
  return client.call<AlitripBtripSupplychainTrainSearchResponse>(
    {
      method: 'alitrip.btrip.supplychain.train.search',
      responseRoot: 'alitrip_btrip_supplychain_train_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
