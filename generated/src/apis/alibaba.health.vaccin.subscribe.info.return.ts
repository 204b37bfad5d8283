// Generated from specs/vaccin/alibaba.health.vaccin.subscribe.info.return.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.subscribe.info.return` (自有pov预约信息回传). */
export interface AlibabaHealthVaccinSubscribeInfoReturnRequest {
  /** 医鹿的苗种，疫苗id */
  vaccine_ids: string;
  /** 取数日期，如2023-05-25 21:02:19 */
  obtain_date: DateInput;
  /** 当前页页号，注意页号是从1开始的 */
  page_no: Int64Input;
  /** 分页模型每页的大小 */
  page_size: Int64Input;
}

/** Response of `alibaba.health.vaccin.subscribe.info.return`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinSubscribeInfoReturnResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** model */
  model?: AlibabaHealthVaccinSubscribeInfoReturnIsvPovSubscribeInfoResponse;
  /** info */
  msg_info?: string;
  /** code */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvPovSubscribeInfoResponse` of `alibaba.health.vaccin.subscribe.info.return`. */
export interface AlibabaHealthVaccinSubscribeInfoReturnIsvPovSubscribeInfoResponse {
  /** 总量 */
  total?: Int64;
  /** 自有pov预约信息 */
  info_detail_list?: AlibabaHealthVaccinSubscribeInfoReturnPovSubscribeDetailModel[];
}

/** `PovSubscribeDetailModel` of `alibaba.health.vaccin.subscribe.info.return`. */
export interface AlibabaHealthVaccinSubscribeInfoReturnPovSubscribeDetailModel {
  /** 预约者姓名 */
  subscriber_name?: string;
  /** 预约者电话 */
  subscriber_mobile?: string;
  /** 身份证号 */
  id_card_md5?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 预约时间 */
  subscribe_time?: string;
  /** 取消时间 */
  cancel_time?: string;
  /** povId */
  pov_id?: Int64;
  /** pov名称 */
  pov_name?: string;
  /** 省code */
  pov_province_code?: Int64;
  /** 市code */
  pov_city_code?: Int64;
  /** 区code */
  area_code?: Int64;
  /** isvorderId */
  isv_order_id?: string;
}

const REQUEST_SCHEMA = {
  vaccine_ids: 'String',
  obtain_date: 'Date',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  model: {
    total: 'Number',
    info_detail_list: [
      {
        subscriber_name: 'String',
        subscriber_mobile: 'String',
        id_card_md5: 'String',
        gmt_create: 'Date',
        subscribe_time: 'Date',
        cancel_time: 'Date',
        pov_id: 'Number',
        pov_name: 'String',
        pov_province_code: 'Number',
        pov_city_code: 'Number',
        area_code: 'Number',
        isv_order_id: 'String',
      },
    ],
  },
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.subscribe.info.return`: method, response root, request and response schemas. */
export const alibabaHealthVaccinSubscribeInfoReturnOperation = {
  method: 'alibaba.health.vaccin.subscribe.info.return',
  responseRoot: 'alibaba_health_vaccin_subscribe_info_return_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自有pov预约信息回传 — calls TOP method `alibaba.health.vaccin.subscribe.info.return`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinSubscribeInfoReturn(
  client: TopClient,
  request: AlibabaHealthVaccinSubscribeInfoReturnRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinSubscribeInfoReturnResponse> {
  return client.call<AlibabaHealthVaccinSubscribeInfoReturnResponse>(
    {
      method: 'alibaba.health.vaccin.subscribe.info.return',
      responseRoot: 'alibaba_health_vaccin_subscribe_info_return_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
