// Generated from specs/tmallservice/tmall.servicecenter.workcard.desensitization.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.desensitization.query` (工单查询接口). */
export interface TmallServicecenterWorkcardDesensitizationQueryRequest {
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
  /** 请求来源类型 */
  request_source_type?: Int64Input;
}

/** Response of `tmall.servicecenter.workcard.desensitization.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardDesensitizationQueryResponse {
  /** 请求结果 */
  result?: TmallServicecenterWorkcardDesensitizationQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.workcard.desensitization.query`. */
export interface TmallServicecenterWorkcardDesensitizationQueryResult {
  /** 分页数据 */
  result_data?: TmallServicecenterWorkcardDesensitizationQueryPaged;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Paged` of `tmall.servicecenter.workcard.desensitization.query`. */
export interface TmallServicecenterWorkcardDesensitizationQueryPaged {
  /** 工单列表 */
  data_list?: TmallServicecenterWorkcardDesensitizationQueryWorkcardDTO[];
  /** 总页数 */
  total_page_count?: Int64;
  /** 总数 */
  total_count?: Int64;
  /** 每页大小 */
  page_size?: Int64;
}

/** `WorkcardDTO` of `tmall.servicecenter.workcard.desensitization.query`. */
export interface TmallServicecenterWorkcardDesensitizationQueryWorkcardDTO {
  /** 额外属性 */
  attributes?: string;
  /** 签到时间 */
  gmt_sign_in?: string;
  /** 使用次数 */
  used_service_count?: Int64;
  /** 服务订单数据 */
  service_trade_order?: TmallServicecenterWorkcardDesensitizationQueryServiceTradeOrder;
  /** 预约结束时间 */
  gmt_reserve_end?: string;
  /** 修改时间 */
  gmt_modify?: string;
  /** 工单服务总次数 */
  service_count?: Int64;
  /** 取消时间 */
  gmt_cancel?: string;
  /** 工单状态编码 */
  status_code?: string;
  /** 工单id */
  id?: Int64;
  /** 预约失败描述 */
  reserve_fail_desc?: string;
  /** 剩余次数 */
  left_service_count?: Int64;
  /** 主订单号 */
  parent_biz_order_id?: Int64;
  /** 预约失败编码 */
  reserve_fail_code?: Int64;
  /** 买家信息 */
  buyer?: TmallServicecenterWorkcardDesensitizationQueryBuyer;
  /** 服务提供者 */
  service_provider?: TmallServicecenterWorkcardDesensitizationQueryServiceProvider;
  /** 服务履约类型 */
  fulfil_type_code?: string;
  /** 核销时间 */
  gmt_identify?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 预约时间开始 */
  gmt_reserve_start?: string;
  /** 实物订单信息 */
  master_trade_order?: TmallServicecenterWorkcardDesensitizationQueryMasterTradeOrder;
  /** 服务定义 */
  service_definition?: TmallServicecenterWorkcardDesensitizationQueryServiceDefinition;
  /** 买家期望服务时间 */
  buyer_expect_date?: string;
  /** 费用信息 */
  fee_list?: TmallServicecenterWorkcardDesensitizationQueryFeeInfo[];
  /** 核销/工单完结请求中直接带回该字段 */
  sequence?: Int64;
  /** 服务单id */
  sp_service_order_id?: Int64;
}

/** `ServiceTradeOrder` of `tmall.servicecenter.workcard.desensitization.query`. */
export interface TmallServicecenterWorkcardDesensitizationQueryServiceTradeOrder {
  /** 服务商品的类目 */
  category_id?: Int64;
  /** 服务商品的商家编码 */
  outer_id_sku?: string;
  /** 服务商品的sku描述 */
  sku_desc?: string;
  /** 服务商品的卖家昵称 */
  seller_nick?: string;
  /** 服务商品的店铺名 */
  shop_name?: string;
  /** 服务商品的sku id */
  sku_id?: Int64;
  /** 服务商品的id */
  auction_id?: Int64;
  /** 服务商品的标题 */
  auction_title?: string;
  /** 服务商品额外属性 */
  attributes?: string;
  /** 付款时间 */
  gmt_pay?: string;
  /** 服务商品的采购价。单位为分 */
  purchase_price_unit?: Int64;
  /** 订单id */
  order_id?: Int64;
  /** 购买数量 */
  buy_amount?: Int64;
  /** 商品图片 */
  auction_pic?: string;
}

/** `Buyer` of `tmall.servicecenter.workcard.desensitization.query`. */
export interface TmallServicecenterWorkcardDesensitizationQueryBuyer {
  /** 座机 */
  phone?: string;
  /** 二级地址 */
  address_city?: string;
  /** 地址编码 */
  location?: Int64;
  /** 三级地址 */
  address_district?: string;
  /** 详细地址 */
  address_detail?: string;
  /** 姓名 */
  buyer_name?: string;
  /** 邮箱 */
  email?: string;
  /** 拼装好的地址 */
  address?: string;
  /** 邮编 */
  zip_code?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 四级地址 */
  address_town?: string;
  /** 一级地址 */
  address_province?: string;
  /** 手机号 */
  mobile?: string;
}

/** `ServiceProvider` of `tmall.servicecenter.workcard.desensitization.query`. */
export interface TmallServicecenterWorkcardDesensitizationQueryServiceProvider {
  /** 服务商昵称 */
  tp_nick?: string;
  /** 服务商id */
  tp_id?: Int64;
  /** 工人手机号 */
  worker_mobile?: string;
  /** 门店/网点编码 */
  service_store_code?: string;
  /** 工人姓名 */
  worker_name?: string;
  /** 工人id */
  worker_id?: Int64;
  /** 门店/网点id */
  service_store_id?: Int64;
  /** 门店/网点名称 */
  service_store_name?: string;
}

/** `MasterTradeOrder` of `tmall.servicecenter.workcard.desensitization.query`. */
export interface TmallServicecenterWorkcardDesensitizationQueryMasterTradeOrder {
  /** 类目id */
  category_id?: Int64;
  /** spu id */
  spu_id?: Int64;
  /** 签收时间 */
  gmt_arrival?: string;
  /** 品牌id */
  brand_id?: Int64;
  /** 预计签收时间 */
  gmt_expect_arrival?: string;
  /** 商家编码 */
  outer_id_sku?: string;
  /** sku描述 */
  sku_desc?: string;
  /** 价格。单位为分 */
  price?: Int64;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 店铺名 */
  shop_name?: string;
  /** sku id */
  sku_id?: Int64;
  /** 商品id */
  auction_id?: Int64;
  /** 商品标题 */
  auction_title?: string;
  /** 商品额外属性 */
  attributes?: string;
  /** 发货时间 */
  gmt_shipped?: string;
  /** 付款时间 */
  gmt_pay?: string;
  /** 订单id */
  order_id?: Int64;
  /** 购买数量 */
  buy_amount?: Int64;
  /** 商品编码 */
  outer_id_p?: string;
}

/** `ServiceDefinition` of `tmall.servicecenter.workcard.desensitization.query`. */
export interface TmallServicecenterWorkcardDesensitizationQueryServiceDefinition {
  /** 业务类型 */
  biz_code?: string;
  /** 服务类型 */
  service_code?: string;
}

/** `FeeInfo` of `tmall.servicecenter.workcard.desensitization.query`. */
export interface TmallServicecenterWorkcardDesensitizationQueryFeeInfo {
  /** 费用信息 */
  from_role_code?: string;
  /** 费用信息 */
  amount?: Int64;
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
  request_source_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      data_list: [
        {
          attributes: 'String',
          gmt_sign_in: 'Date',
          used_service_count: 'Number',
          service_trade_order: {
            category_id: 'Number',
            outer_id_sku: 'String',
            sku_desc: 'String',
            seller_nick: 'String',
            shop_name: 'String',
            sku_id: 'Number',
            auction_id: 'Number',
            auction_title: 'String',
            attributes: 'String',
            gmt_pay: 'Date',
            purchase_price_unit: 'Number',
            order_id: 'Number',
            buy_amount: 'Number',
            auction_pic: 'String',
          },
          gmt_reserve_end: 'Date',
          gmt_modify: 'Date',
          service_count: 'Number',
          gmt_cancel: 'Date',
          status_code: 'String',
          id: 'Number',
          reserve_fail_desc: 'String',
          left_service_count: 'Number',
          parent_biz_order_id: 'Number',
          reserve_fail_code: 'Number',
          buyer: {
            phone: 'String',
            address_city: 'String',
            location: 'Number',
            address_district: 'String',
            address_detail: 'String',
            buyer_name: 'String',
            email: 'String',
            address: 'String',
            zip_code: 'String',
            buyer_nick: 'String',
            address_town: 'String',
            address_province: 'String',
            mobile: 'String',
          },
          service_provider: {
            tp_nick: 'String',
            tp_id: 'Number',
            worker_mobile: 'String',
            service_store_code: 'String',
            worker_name: 'String',
            worker_id: 'Number',
            service_store_id: 'Number',
            service_store_name: 'String',
          },
          fulfil_type_code: 'String',
          gmt_identify: 'Date',
          gmt_create: 'Date',
          gmt_reserve_start: 'Date',
          master_trade_order: {
            category_id: 'Number',
            spu_id: 'Number',
            gmt_arrival: 'Date',
            brand_id: 'Number',
            gmt_expect_arrival: 'Date',
            outer_id_sku: 'String',
            sku_desc: 'String',
            price: 'Number',
            seller_nick: 'String',
            shop_name: 'String',
            sku_id: 'Number',
            auction_id: 'Number',
            auction_title: 'String',
            attributes: 'String',
            gmt_shipped: 'Date',
            gmt_pay: 'Date',
            order_id: 'Number',
            buy_amount: 'Number',
            outer_id_p: 'String',
          },
          service_definition: {
            biz_code: 'String',
            service_code: 'String',
          },
          buyer_expect_date: 'Date',
          fee_list: [
            {
              from_role_code: 'String',
              amount: 'Number',
            },
          ],
          sequence: 'Number',
          sp_service_order_id: 'Number',
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

/** Static description of `tmall.servicecenter.workcard.desensitization.query`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardDesensitizationQueryOperation = {
  method: 'tmall.servicecenter.workcard.desensitization.query',
  responseRoot: 'tmall_servicecenter_workcard_desensitization_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工单查询接口 — calls TOP method `tmall.servicecenter.workcard.desensitization.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardDesensitizationQuery(
  client: TopClient,
  request: TmallServicecenterWorkcardDesensitizationQueryRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardDesensitizationQueryResponse> {
  return client.call<TmallServicecenterWorkcardDesensitizationQueryResponse>(
    {
      method: 'tmall.servicecenter.workcard.desensitization.query',
      responseRoot: 'tmall_servicecenter_workcard_desensitization_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
