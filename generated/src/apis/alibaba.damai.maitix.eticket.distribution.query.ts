// Generated from specs/maitix/alibaba.damai.maitix.eticket.distribution.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.eticket.distribution.query` (分销电子票查询接口). */
export interface AlibabaDamaiMaitixEticketDistributionQueryRequest {
  /** 入参param */
  param: AlibabaDamaiMaitixEticketDistributionQueryEticketQueryParamInput;
}

/** Response of `alibaba.damai.maitix.eticket.distribution.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixEticketDistributionQueryResponse {
  /** 返回结果 */
  result?: AlibabaDamaiMaitixEticketDistributionQueryOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EticketQueryParam` of `alibaba.damai.maitix.eticket.distribution.query`. */
export interface AlibabaDamaiMaitixEticketDistributionQueryEticketQueryParamInput {
  /** 主分销单Id 必传 */
  main_order_id: Int64Input;
  /** 子分销单Id 可传可不传 */
  sub_order_id?: Int64Input;
}

/** `OpenResult` of `alibaba.damai.maitix.eticket.distribution.query`. */
export interface AlibabaDamaiMaitixEticketDistributionQueryOpenResult {
  /** 错误码 */
  error_code?: string;
  /** 错误msg */
  error_msg?: string;
  /** 参数extMap */
  ext_map?: string;
  /** 电子票对象 */
  model_arr_list?: AlibabaDamaiMaitixEticketDistributionQueryEticketDto[];
  /** 返回结果 true false */
  success?: boolean;
}

/** `EticketDto` of `alibaba.damai.maitix.eticket.distribution.query`. */
export interface AlibabaDamaiMaitixEticketDistributionQueryEticketDto {
  /** 票池批次号 */
  batch_code?: Int64;
  /** 证件号 */
  certificate_no?: string;
  /** 证件类型 1:身份证; 2: 护照; 3:港澳居民来往内地通行证; 4:台湾居民来往大陆通行证; 5:士兵/军官证 */
  certificate_type?: string;
  /** 套票分组Id */
  combine_id?: Int64;
  /** 客户姓名 */
  customer_name?: string;
  /** 入场方式 1 - 电子票 2 - 纸质票 3- 电子票+纸质票 */
  entry_type?: string;
  /** 换票码 */
  exchange_code?: string;
  /** 换票方式：1：电子票；2：纸质票 */
  exchange_ticket_method?: string;
  /** 楼层Id */
  floor_id?: Int64;
  /** 楼层名称 */
  floor_name?: string;
  /** 楼区排座 */
  full_seat_name?: string;
  /** 主分销单号 */
  main_order_id?: Int64;
  /** 子分销单Id */
  order_id?: Int64;
  /** 场次ID */
  perform_id?: Int64;
  /** 演出时间 */
  perform_time?: string;
  /** 联系电话的国家区号 */
  phone_country_code?: string;
  /** 联系电话 */
  phone_number?: string;
  /** 打印状态 ：1、未打印 2、已打印 */
  print_status?: string;
  /** 项目来源: ：1票务云；2直连（第三方） */
  product_source?: Int64;
  /** 项目ID */
  project_id?: Int64;
  /** 参数projectName */
  project_name?: string;
  /** 二维码原值 */
  qr_code?: string;
  /** 二维码类型 1、静态二维码 2、动态二维码3-身份证电子票，4-换票码，5-静态码+换票码，如果是4或5，需要展示给用户exchange_code的原值 6,展示qr_code的值 */
  qr_code_type?: string;
  /** 是否对号入座（入座方式）0=不对号入座 1=对号入座 2=对区入座 */
  reserve_seat?: string;
  /** 座位：号 */
  seat_col?: string;
  /** 座位id */
  seat_id?: Int64;
  /** 座位：排 */
  seat_row?: string;
  /** 服务电话 */
  service_phone?: string;
  /** 来源系统1 B端，2 C端 默认C端 */
  source_system?: Int64;
  /** 原价格 */
  source_ticket_item_price?: Int64;
  /** 看台名称 */
  stand_name?: string;
  /** 看台入场口 */
  stand_portal?: string;
  /** 项目的代理商家Id */
  supplier_id?: Int64;
  /** 票品名称 */
  ticket_item_name?: string;
  /** 普通票品价格 */
  ticket_item_price?: Int64;
  /** 票品Id */
  ticket_itemid?: Int64;
  /** 验票状态 1:未验; 2:已验 */
  validate_status?: string;
  /** 场馆id */
  venue_id?: Int64;
  /** 场馆名称 */
  venue_name?: string;
  /** 票单号 */
  voucher_id?: Int64;
}

const REQUEST_SCHEMA = {
  param: {
    main_order_id: 'Number',
    sub_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    ext_map: 'String',
    model_arr_list: [
      {
        batch_code: 'Number',
        certificate_no: 'String',
        certificate_type: 'String',
        combine_id: 'Number',
        customer_name: 'String',
        entry_type: 'String',
        exchange_code: 'String',
        exchange_ticket_method: 'String',
        floor_id: 'Number',
        floor_name: 'String',
        full_seat_name: 'String',
        main_order_id: 'Number',
        order_id: 'Number',
        perform_id: 'Number',
        perform_time: 'Date',
        phone_country_code: 'String',
        phone_number: 'String',
        print_status: 'String',
        product_source: 'Number',
        project_id: 'Number',
        project_name: 'String',
        qr_code: 'String',
        qr_code_type: 'String',
        reserve_seat: 'String',
        seat_col: 'String',
        seat_id: 'Number',
        seat_row: 'String',
        service_phone: 'String',
        source_system: 'Number',
        source_ticket_item_price: 'Number',
        stand_name: 'String',
        stand_portal: 'String',
        supplier_id: 'Number',
        ticket_item_name: 'String',
        ticket_item_price: 'Number',
        ticket_itemid: 'Number',
        validate_status: 'String',
        venue_id: 'Number',
        venue_name: 'String',
        voucher_id: 'Number',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.eticket.distribution.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixEticketDistributionQueryOperation = {
  method: 'alibaba.damai.maitix.eticket.distribution.query',
  responseRoot: 'alibaba_damai_maitix_eticket_distribution_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销电子票查询接口 — calls TOP method `alibaba.damai.maitix.eticket.distribution.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixEticketDistributionQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixEticketDistributionQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixEticketDistributionQueryResponse> {
  return client.call<AlibabaDamaiMaitixEticketDistributionQueryResponse>(
    {
      method: 'alibaba.damai.maitix.eticket.distribution.query',
      responseRoot: 'alibaba_damai_maitix_eticket_distribution_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
