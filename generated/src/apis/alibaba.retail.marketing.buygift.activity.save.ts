// Generated from specs/wdk/alibaba.retail.marketing.buygift.activity.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.buygift.activity.save` (【同城零售】单品买赠活动保存). */
export interface AlibabaRetailMarketingBuygiftActivitySaveRequest {
  /** 保存单品买赠活动参数 */
  param: AlibabaRetailMarketingBuygiftActivitySaveBuyGiftActivityOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.buygift.activity.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingBuygiftActivitySaveResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingBuygiftActivitySaveOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BuyGiftActivityOperateRequest` of `alibaba.retail.marketing.buygift.activity.save`. */
export interface AlibabaRetailMarketingBuygiftActivitySaveBuyGiftActivityOperateRequestInput {
  /** 活动名称，最长20个字符 */
  activity_name: string;
  /** 活动创建者ID（数字类型） */
  creator_id: string;
  /** 活动创建者name */
  creator_name: string;
  /** 活动描述，最长15个字符 */
  description: string;
  /** 活动终端：1-APP，2-POS（暂不支持） */
  terminals: string[];
  /** 活动生效的经营店ID */
  store_ids: string[];
  /** 外部活动ID（商家自定义） */
  out_act_id?: string;
  /** 活动开始时间（毫秒时间戳） */
  start_time: Int64Input;
  /** 活动结束时间（毫秒时间戳） */
  end_time: Int64Input;
  /** 活动ID */
  act_id?: Int64Input;
  /** saas平台人群编码:NEW_USER: 新用户, OLD_USER：老用户，LIGHT_NEW_USER：闪购新客，MERCHANT_NEW_USER：商家新用户，MERCHANT_OLD_USER：商家老用户 */
  member_crowd_code?: string[];
  /** 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channels?: string[];
  /** 扩展信息，json串 */
  attributes?: string;
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.buygift.activity.save`. */
export interface AlibabaRetailMarketingBuygiftActivitySaveOctopusOpenResult {
  /** 活动ID */
  data?: Int64;
  /** 操作是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    activity_name: 'String',
    creator_id: 'String',
    creator_name: 'String',
    description: 'String',
    terminals: ['String'],
    store_ids: ['String'],
    out_act_id: 'String',
    start_time: 'Number',
    end_time: 'Number',
    act_id: 'Number',
    member_crowd_code: ['String'],
    channels: ['String'],
    attributes: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.buygift.activity.save`: method, response root, request and response schemas. */
export const alibabaRetailMarketingBuygiftActivitySaveOperation = {
  method: 'alibaba.retail.marketing.buygift.activity.save',
  responseRoot: 'alibaba_retail_marketing_buygift_activity_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【同城零售】单品买赠活动保存 — calls TOP method `alibaba.retail.marketing.buygift.activity.save`.
 *
 * 同城零售单品买赠活动保存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingBuygiftActivitySave(
  client: TopClient,
  request: AlibabaRetailMarketingBuygiftActivitySaveRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingBuygiftActivitySaveResponse> {
  return client.call<AlibabaRetailMarketingBuygiftActivitySaveResponse>(
    {
      method: 'alibaba.retail.marketing.buygift.activity.save',
      responseRoot: 'alibaba_retail_marketing_buygift_activity_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
