// Generated from specs/tmallservice/tmall.servicecenter.workcard.querybyseller.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.querybyseller` (工单查询接口（面向商家）). */
export interface TmallServicecenterWorkcardQuerybysellerRequest {
  /** 门店/网点id */
  service_store_id?: Int64Input;
  /** 核销码 */
  identify_code?: string;
  /** 工单id */
  id?: Int64Input;
  /** 工单创建开始时间 */
  gmt_create_start?: DateInput;
  /** 工单创建结束时间，必须与工单创建开始时间一起传入，且间隔不超过15分钟 */
  gmt_create_end?: DateInput;
  /** 淘宝交易订单号。主订单或子订单均可 */
  biz_order_id?: Int64Input;
  /** 当前页数 */
  current_page?: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
}

/** Response of `tmall.servicecenter.workcard.querybyseller`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardQuerybysellerResponse {
  /** 接口返回model */
  result?: TmallServicecenterWorkcardQuerybysellerResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.workcard.querybyseller`. */
export interface TmallServicecenterWorkcardQuerybysellerResult {
  /** 分页数据 */
  result_data?: TmallServicecenterWorkcardQuerybysellerPagedResult;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `PagedResult` of `tmall.servicecenter.workcard.querybyseller`. */
export interface TmallServicecenterWorkcardQuerybysellerPagedResult {
  /** 工单列表 */
  data_list?: TmallServicecenterWorkcardQuerybysellerWorkcard[];
  /** 总页数 */
  total_page_count?: Int64;
  /** 总数 */
  total_count?: Int64;
  /** 每页大小 */
  page_size?: Int64;
}

/** `Workcard` of `tmall.servicecenter.workcard.querybyseller`. */
export interface TmallServicecenterWorkcardQuerybysellerWorkcard {
  /** 签到时间 */
  gmt_sign_in?: string;
  /** 已使用的次数 */
  used_service_count?: Int64;
  /** 服务订单数据 */
  service_trade_order?: TmallServicecenterWorkcardQuerybysellerServiceTradeOrder;
  /** 工单服务总次数 */
  service_count?: Int64;
  /** 工单状态编码 */
  status_code?: string;
  /** 工单id */
  id?: Int64;
  /** 剩余次数 */
  left_service_count?: Int64;
  /** 主订单号 */
  parent_biz_order_id?: Int64;
  /** 服务提供者 */
  service_provider?: TmallServicecenterWorkcardQuerybysellerServiceProvider;
  /** 核销时间 */
  gmt_identify?: string;
  /** 预约时间开始 */
  gmt_reserve_start?: string;
  /** 实物订单信息 */
  master_trade_order?: TmallServicecenterWorkcardQuerybysellerMasterTradeOrder;
  /** 服务定义 */
  service_definition?: TmallServicecenterWorkcardQuerybysellerServiceDefinition;
  /** 买家期望服务时间 */
  buyer_expect_date?: string;
  /** 核销/工单完结请求中直接带回该字段 */
  sequence?: Int64;
  /** 服务单id */
  sp_service_order_id?: Int64;
  /** 分配工人时间 */
  gmt_assign_worker?: string;
  /** 预约结束时间 */
  gmt_reserve_end?: string;
  /** 工单创建时间 */
  gmt_create?: string;
  /** 额外属性，包含：{ servPrice: 服务采购价, newService: 切服务化之后的服务单标识, lbxNo: 淘宝的物流订单号, discountFee: 优惠金额, reserveSource: 预约来源, serviceDate: 预约时间, gmtExpire: 过期时间, bizCode: 业务身份, 型号: IKEA00000237S, serviceAuctionTitle: 服务商品标题, reserveTimeEnd: 预约时间段的结束时间, reassign: 是否是改派工单, masterSkuId: 实物sku id, serviceSkuDesc: 服务sku描述, operator: 工单预约操作者 1表示消费者主动预约，2表示服务回传预约时间, settlement: 是否进行线上结算, mainServiceOrder: 双主服务主订单key, signedTime: 签收时间, masterAuctionTitle: 实物商品标题, msfRervDate: 瞄师傅预约日期, 类目: 书架, 品牌: IKEA/宜家, auctionImageUrl: 实物图片链接, masterSkuDesc: 实物sku描述, af: 交易订单实付金额, auto_dispatch_order: 是否智能派单, usedServiceCount: "工单总使用次数", reserveTimeStart: 预约时间段的开始时间, masterParentOrderId: 实物订单主订单, address_city: 买家城市, reserveRemark: 预约备注, 父类目: 架类, arrivalTimeNum: 物品签收时间, outerIdSKU: 商家编码 } */
  attribute_map?: string;
}

/** `ServiceTradeOrder` of `tmall.servicecenter.workcard.querybyseller`. */
export interface TmallServicecenterWorkcardQuerybysellerServiceTradeOrder {
  /** 服务商品的商家编码 */
  outer_id_sku?: string;
  /** 服务商品的sku描述 */
  sku_desc?: string;
  /** 服务商品的sku id */
  sku_id?: Int64;
  /** 订单id */
  order_id?: Int64;
  /** 购买数量 */
  buy_amount?: Int64;
  /** 服务的售卖价 */
  b2b_price_unit?: Int64;
  /** 主订单号 */
  parent_order_id?: Int64;
  /** 商家编码 */
  outer_id_p?: string;
  /** 商品价格 */
  price?: Int64;
  /** 服务的采购价 */
  purchase_price_unit?: Int64;
}

/** `ServiceProvider` of `tmall.servicecenter.workcard.querybyseller`. */
export interface TmallServicecenterWorkcardQuerybysellerServiceProvider {
  /** 服务商昵称 */
  tp_nick?: string;
  /** 服务商id */
  tp_id?: Int64;
  /** isv服务商 */
  isv_tp_id?: Int64;
  /** isv服务商 */
  isv_tp_name?: string;
}

/** `MasterTradeOrder` of `tmall.servicecenter.workcard.querybyseller`. */
export interface TmallServicecenterWorkcardQuerybysellerMasterTradeOrder {
  /** 商家编码 */
  outer_id_sku?: string;
  /** sku描述 */
  sku_desc?: string;
  /** sku id */
  sku_id?: Int64;
  /** 商品编码 */
  outer_id_p?: string;
  /** 主订单号 */
  parent_order_id?: Int64;
  /** 订单id */
  order_id?: Int64;
  /** 购买数量 */
  buy_amount?: Int64;
  /** 商品价格 */
  price?: Int64;
}

/** `ServiceDefinition` of `tmall.servicecenter.workcard.querybyseller`. */
export interface TmallServicecenterWorkcardQuerybysellerServiceDefinition {
  /** 业务类型 */
  biz_code?: string;
  /** 服务类型 */
  service_code?: string;
}

const REQUEST_SCHEMA = {
  service_store_id: 'Number',
  identify_code: 'String',
  id: 'Number',
  gmt_create_start: 'Date',
  gmt_create_end: 'Date',
  biz_order_id: 'Number',
  current_page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      data_list: [
        {
          gmt_sign_in: 'Date',
          used_service_count: 'Number',
          service_trade_order: {
            outer_id_sku: 'String',
            sku_desc: 'String',
            sku_id: 'Number',
            order_id: 'Number',
            buy_amount: 'Number',
            b2b_price_unit: 'Number',
            parent_order_id: 'Number',
            outer_id_p: 'String',
            price: 'Number',
            purchase_price_unit: 'Number',
          },
          service_count: 'Number',
          status_code: 'String',
          id: 'Number',
          left_service_count: 'Number',
          parent_biz_order_id: 'Number',
          service_provider: {
            tp_nick: 'String',
            tp_id: 'Number',
            isv_tp_id: 'Number',
            isv_tp_name: 'String',
          },
          gmt_identify: 'Date',
          gmt_reserve_start: 'Date',
          master_trade_order: {
            outer_id_sku: 'String',
            sku_desc: 'String',
            sku_id: 'Number',
            outer_id_p: 'String',
            parent_order_id: 'Number',
            order_id: 'Number',
            buy_amount: 'Number',
            price: 'Number',
          },
          service_definition: {
            biz_code: 'String',
            service_code: 'String',
          },
          buyer_expect_date: 'Date',
          sequence: 'Number',
          sp_service_order_id: 'Number',
          gmt_assign_worker: 'Date',
          gmt_reserve_end: 'Date',
          gmt_create: 'Date',
          attribute_map: 'String',
        },
      ],
      total_page_count: 'Number',
      total_count: 'Number',
      page_size: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.querybyseller`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardQuerybysellerOperation = {
  method: 'tmall.servicecenter.workcard.querybyseller',
  responseRoot: 'tmall_servicecenter_workcard_querybyseller_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工单查询接口（面向商家） — calls TOP method `tmall.servicecenter.workcard.querybyseller`.
 *
 * 查询工单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardQuerybyseller(
  client: TopClient,
  request: TmallServicecenterWorkcardQuerybysellerRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardQuerybysellerResponse> {
  return client.call<TmallServicecenterWorkcardQuerybysellerResponse>(
    {
      method: 'tmall.servicecenter.workcard.querybyseller',
      responseRoot: 'tmall_servicecenter_workcard_querybyseller_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
