// Generated from specs/tmallservice/tmall.servicecenter.tasks.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.tasks.search` (查询任务类工单信息). */
export interface TmallServicecenterTasksSearchRequest {
  /** 开始时间: 开始时间和结束时间不能超过15分钟 */
  start: Int64Input;
  /** 结束时间: 开始时间和结束时间不能超过15分钟 */
  end: Int64Input;
}

/** Response of `tmall.servicecenter.tasks.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterTasksSearchResponse {
  /** ServicePacket */
  service_task_packet?: TmallServicecenterTasksSearchServiceTaskPacket;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceTaskPacket` of `tmall.servicecenter.tasks.search`. */
export interface TmallServicecenterTasksSearchServiceTaskPacket {
  /** 描述 */
  desc?: string;
  /** 服务工单DO */
  service_list?: TmallServicecenterTasksSearchServiceTaskDO[];
  /** 服务名字 */
  name?: string;
}

/** `ServiceTaskDO` of `tmall.servicecenter.tasks.search`. */
export interface TmallServicecenterTasksSearchServiceTaskDO {
  /** 服务次数 */
  service_count?: Int64;
  /** 服务电话 */
  service_phone?: string;
  /** 服务名称 */
  service_name?: string;
  /** 商品价格 */
  auction_price?: Int64;
  /** 买家电话 */
  buyer_mobile?: string;
  /** 申请日期 */
  apply_date?: string;
  /** 买家地址 */
  buyer_address?: string;
  /** 卖家nick */
  seller_nick?: string;
  /** 扩展价格 */
  ext_price?: Int64;
  /** 买家id */
  buyer_id?: Int64;
  /** 服务商反馈信息 */
  tp_feedback_info?: string;
  /** 商品序列号 */
  auction_serial_num?: string;
  /** 卖家电话 */
  seller_phone?: string;
  /** 工单状态 */
  task_status?: Int64;
  /** 工单类型 */
  task_type?: Int64;
  /** 收货日期 */
  receive_time?: string;
  /** 付款时间 */
  pay_time?: string;
  /** 付款时间 */
  pay_time_number?: Int64;
  /** 买家nick */
  buyer_nick?: string;
  /** 生效日期 */
  effect_date?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 类目 */
  category?: string;
  /** 异常标识 */
  flag?: Int64;
  /** 商品编号 */
  auction_id?: Int64;
  /** 服务提供商名称 */
  tp_name?: string;
  /** 期望日期 */
  expect_date?: string;
  /** 服务取消备注 */
  cancel_memo?: string;
  /** 卖家id */
  seller_id?: Int64;
  /** 服务取消人 */
  canceler?: string;
  /** 服务产品 */
  service_product?: string;
  /** 失效日期 */
  expire_date?: string;
  /** 备注信息 */
  memo?: string;
  /** 商品价格 */
  task_price?: Int64;
  /** 订购关系ID */
  order_relation_id?: Int64;
  /** 属性 */
  attribute?: string;
  /** 收货日期 */
  receive_time_number?: Int64;
  /** 买家邮编 */
  buyer_zip_code?: string;
  /** 合同id */
  id?: Int64;
  /** 买家电话 */
  buyer_phone?: string;
  /** 修改时间 */
  gmt_modify?: string;
  /** 工单名称 */
  name?: string;
  /** 生效日期 */
  effect_date_number?: Int64;
  /** 失效日期 */
  expire_date_number?: Int64;
  /** 期望日期 */
  expect_date_number?: Int64;
  /** 申请日期 */
  apply_date_number?: Int64;
  /** 工单描述 */
  task_memo?: string;
  /** 有效期 */
  life_cycle?: Int64;
  /** 商品名称 */
  auction_name?: string;
  /** 合同id */
  contract_id?: Int64;
  /** 买家名称 */
  buyer_name?: string;
  /** 买家邮箱 */
  buyer_mail?: string;
  /** 主交易订单编号 */
  parent_biz_order_id?: Int64;
  /** 交易订单编号 */
  biz_order_id?: Int64;
  /** 店铺名称 */
  shop_name?: string;
  /** 型号 */
  model_number?: string;
  /** 卖家手机 */
  seller_mobile?: string;
  /** 品牌 */
  brand?: string;
  /** 服务订单编号 */
  service_order_id?: Int64;
  /** 供应商编号 */
  tp_id?: Int64;
  /** 服务取消时间 */
  cancel_date?: string;
  /** actualTotalFee */
  actual_total_fee?: Int64;
  /** auctionSkuProperties */
  auction_sku_properties?: string;
  /** 买家buyerLocation */
  buyer_location?: Int64;
}

const REQUEST_SCHEMA = {
  start: 'Number',
  end: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_task_packet: {
    desc: 'String',
    service_list: [
      {
        service_count: 'Number',
        service_phone: 'String',
        service_name: 'String',
        auction_price: 'Number',
        buyer_mobile: 'String',
        apply_date: 'Date',
        buyer_address: 'String',
        seller_nick: 'String',
        ext_price: 'Number',
        buyer_id: 'Number',
        tp_feedback_info: 'String',
        auction_serial_num: 'String',
        seller_phone: 'String',
        task_status: 'Number',
        task_type: 'Number',
        receive_time: 'Date',
        pay_time: 'Date',
        pay_time_number: 'Number',
        buyer_nick: 'String',
        effect_date: 'Date',
        gmt_create: 'Date',
        category: 'String',
        flag: 'Number',
        auction_id: 'Number',
        tp_name: 'String',
        expect_date: 'Date',
        cancel_memo: 'String',
        seller_id: 'Number',
        canceler: 'String',
        service_product: 'String',
        expire_date: 'Date',
        memo: 'String',
        task_price: 'Number',
        order_relation_id: 'Number',
        attribute: 'String',
        receive_time_number: 'Number',
        buyer_zip_code: 'String',
        id: 'Number',
        buyer_phone: 'String',
        gmt_modify: 'Date',
        name: 'String',
        effect_date_number: 'Number',
        expire_date_number: 'Number',
        expect_date_number: 'Number',
        apply_date_number: 'Number',
        task_memo: 'String',
        life_cycle: 'Number',
        auction_name: 'String',
        contract_id: 'Number',
        buyer_name: 'String',
        buyer_mail: 'String',
        parent_biz_order_id: 'Number',
        biz_order_id: 'Number',
        shop_name: 'String',
        model_number: 'String',
        seller_mobile: 'String',
        brand: 'String',
        service_order_id: 'Number',
        tp_id: 'Number',
        cancel_date: 'Date',
        actual_total_fee: 'Number',
        auction_sku_properties: 'String',
        buyer_location: 'Number',
      },
    ],
    name: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.tasks.search`: method, response root, request and response schemas. */
export const tmallServicecenterTasksSearchOperation = {
  method: 'tmall.servicecenter.tasks.search',
  responseRoot: 'tmall_servicecenter_tasks_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询任务类工单信息 — calls TOP method `tmall.servicecenter.tasks.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterTasksSearch(
  client: TopClient,
  request: TmallServicecenterTasksSearchRequest,
  options?: CallOptions,
): Promise<TmallServicecenterTasksSearchResponse> {
  return client.call<TmallServicecenterTasksSearchResponse>(
    {
      method: 'tmall.servicecenter.tasks.search',
      responseRoot: 'tmall_servicecenter_tasks_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
