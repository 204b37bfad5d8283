// Generated from specs/tmallservice/tmall.servicecenter.contracts.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.contracts.search` (获取合同类的服务工单信息). */
export interface TmallServicecenterContractsSearchRequest {
  /** 开始时间: 开始时间和结束时间不能超过15分钟 */
  start: Int64Input;
  /** 结束时间: 开始时间和结束时间不能超过15分钟 */
  end: Int64Input;
}

/** Response of `tmall.servicecenter.contracts.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterContractsSearchResponse {
  /** 和同类服务包装类 */
  service_contract_packet?: TmallServicecenterContractsSearchServiceContractPacket;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceContractPacket` of `tmall.servicecenter.contracts.search`. */
export interface TmallServicecenterContractsSearchServiceContractPacket {
  /** 描述 */
  desc?: string;
  /** 合同类服务列表 */
  service_list?: TmallServicecenterContractsSearchServiceContractDO[];
  /** 服务名字 */
  name?: string;
}

/** `ServiceContractDO` of `tmall.servicecenter.contracts.search`. */
export interface TmallServicecenterContractsSearchServiceContractDO {
  /** 合同状态 */
  contract_status?: Int64;
  /** 服务次数 */
  service_count?: Int64;
  /** 购买数量 */
  buy_amount?: Int64;
  /** 服务电话 */
  service_phone?: string;
  /** 服务名称 */
  service_name?: string;
  /** 商品价格 */
  contract_price?: Int64;
  /** 商品价格 */
  auction_price?: Int64;
  /** 买家手机 */
  buyer_mobile?: string;
  /** 合同类型 */
  contract_type?: Int64;
  /** 买家地址 */
  buyer_address?: string;
  /** 卖家nick */
  seller_nick?: string;
  /** 扩展价格 */
  ext_price?: Int64;
  /** 服务反馈信息 */
  tp_feedback_info?: string;
  /** 商品序列号 */
  auction_serial_num?: string;
  /** 卖家电话 */
  seller_phone?: string;
  /** 收货日期 */
  receive_time?: string;
  /** 付款时间 */
  pay_time?: string;
  /** 付款时间 */
  pay_time_number?: Int64;
  /** 合同内容 */
  content?: string;
  /** 生效时间 */
  effect_date?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 类目 */
  category?: string;
  /** 异常标识 */
  flag?: Int64;
  /** 商品编号 */
  auction_id?: Int64;
  /** 供应商名称 */
  tp_name?: string;
  /** 服务取消备注 */
  cancel_memo?: string;
  /** 电子合同url */
  contract_url?: string;
  /** 卖家id */
  seller_id?: Int64;
  /** 服务取消人 */
  canceler?: string;
  /** 服务产品 */
  service_product?: string;
  /** 失效时间 */
  expire_date?: string;
  /** 备注 */
  memo?: string;
  /** 电子合同编号 */
  contract_no?: Int64;
  /** 订购关系id */
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
  /** 合同名称 */
  name?: string;
  /** 生效时间 */
  effect_date_number?: Int64;
  /** 失效时间 */
  expire_date_number?: Int64;
  /** 商品名称 */
  auction_name?: string;
  /** 有效期 */
  life_cycle?: Int64;
  /** 买家姓名 */
  buyer_name?: string;
  /** 买家有限 */
  buyer_mail?: string;
  /** 合同描述 */
  contract_memo?: string;
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
  /** 服务商编号 */
  tp_id?: Int64;
  /** 服务取消日期 */
  cancel_date?: string;
}

const REQUEST_SCHEMA = {
  start: 'Number',
  end: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_contract_packet: {
    desc: 'String',
    service_list: [
      {
        contract_status: 'Number',
        service_count: 'Number',
        buy_amount: 'Number',
        service_phone: 'String',
        service_name: 'String',
        contract_price: 'Number',
        auction_price: 'Number',
        buyer_mobile: 'String',
        contract_type: 'Number',
        buyer_address: 'String',
        seller_nick: 'String',
        ext_price: 'Number',
        tp_feedback_info: 'String',
        auction_serial_num: 'String',
        seller_phone: 'String',
        receive_time: 'Date',
        pay_time: 'Date',
        pay_time_number: 'Number',
        content: 'String',
        effect_date: 'Date',
        gmt_create: 'Date',
        category: 'String',
        flag: 'Number',
        auction_id: 'Number',
        tp_name: 'String',
        cancel_memo: 'String',
        contract_url: 'String',
        seller_id: 'Number',
        canceler: 'String',
        service_product: 'String',
        expire_date: 'Date',
        memo: 'String',
        contract_no: 'Number',
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
        auction_name: 'String',
        life_cycle: 'Number',
        buyer_name: 'String',
        buyer_mail: 'String',
        contract_memo: 'String',
        parent_biz_order_id: 'Number',
        biz_order_id: 'Number',
        shop_name: 'String',
        model_number: 'String',
        seller_mobile: 'String',
        brand: 'String',
        service_order_id: 'Number',
        tp_id: 'Number',
        cancel_date: 'Date',
      },
    ],
    name: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.contracts.search`: method, response root, request and response schemas. */
export const tmallServicecenterContractsSearchOperation = {
  method: 'tmall.servicecenter.contracts.search',
  responseRoot: 'tmall_servicecenter_contracts_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取合同类的服务工单信息 — calls TOP method `tmall.servicecenter.contracts.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterContractsSearch(
  client: TopClient,
  request: TmallServicecenterContractsSearchRequest,
  options?: CallOptions,
): Promise<TmallServicecenterContractsSearchResponse> {
  return client.call<TmallServicecenterContractsSearchResponse>(
    {
      method: 'tmall.servicecenter.contracts.search',
      responseRoot: 'tmall_servicecenter_contracts_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
