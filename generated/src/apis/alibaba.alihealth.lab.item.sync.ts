// Generated from specs/alihealthlab/alibaba.alihealth.lab.item.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.lab.item.sync` (阿里健康检验检测商品发布). */
export interface AlibabaAlihealthLabItemSyncRequest {
  /** 检验检测项目isv侧编码 */
  isv_item_code: string;
  /** 检验检测项目名称 */
  name?: string;
  /** 采购价，单位分 */
  cost_price?: Int64Input;
  /** 性别限制 MALE FEMALE */
  gender_restriction?: string;
  /** 婚否状态限制 MARRIED UNMARRIED */
  marital_status_restriction?: string;
  /** 额外的属性 */
  extra_attributes?: string;
  /** 报告产出预计需要的时长，单位毫秒 */
  report_generation_time_duration?: Int64Input;
  /**
   * 打包的子项目
   *
   * Max list size: 999
   */
  sub_items?: AlibabaAlihealthLabItemSyncLabSubItemBriefInput[];
  /** EFFECTIVE 项目有效， INVALID 项目无效 */
  isv_item_status: string;
  /**
   * 项目关联的门店
   *
   * Max list size: 999
   */
  related_isv_store_codes?: string[];
  /** 项目介绍 */
  intro?: string;
}

/** Response of `alibaba.alihealth.lab.item.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthLabItemSyncResponse {
  /** 结果描述 */
  result_msg?: string;
  /** SUCCESS - 成功，FAIL - 失败，UNKNOWN - 未知或参数异常 */
  result_status?: string;
  /** 可读的结果码（错误码） */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LabSubItemBrief` of `alibaba.alihealth.lab.item.sync`. */
export interface AlibabaAlihealthLabItemSyncLabSubItemBriefInput {
  /** 子项目名称 */
  name?: string;
  /** 子项目isv侧编码 */
  isv_item_code?: string;
}

const REQUEST_SCHEMA = {
  isv_item_code: 'String',
  name: 'String',
  cost_price: 'Number',
  gender_restriction: 'String',
  marital_status_restriction: 'String',
  extra_attributes: 'String',
  report_generation_time_duration: 'Number',
  sub_items: [
    {
      name: 'String',
      isv_item_code: 'String',
    },
  ],
  isv_item_status: 'String',
  related_isv_store_codes: ['String'],
  intro: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  result_status: 'String',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.lab.item.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthLabItemSyncOperation = {
  method: 'alibaba.alihealth.lab.item.sync',
  responseRoot: 'alibaba_alihealth_lab_item_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康检验检测商品发布 — calls TOP method `alibaba.alihealth.lab.item.sync`.
 *
 * iSV发布检验检测商品基本信息给健康，内部关联一个淘宝商品或SKU
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthLabItemSync(
  client: TopClient,
  request: AlibabaAlihealthLabItemSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthLabItemSyncResponse> {
  return client.call<AlibabaAlihealthLabItemSyncResponse>(
    {
      method: 'alibaba.alihealth.lab.item.sync',
      responseRoot: 'alibaba_alihealth_lab_item_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
