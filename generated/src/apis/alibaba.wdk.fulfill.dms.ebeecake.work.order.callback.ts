// Generated from specs/wdk/alibaba.wdk.fulfill.dms.ebeecake.work.order.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.fulfill.dms.ebeecake.work.order.callback` (北京小蜜蜂配作业回传). */
export interface AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackRequest {
  /** 作业单回传对象 */
  callback_order?: AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackEbeecakeO2OCallbackOrderInput;
}

/** Response of `alibaba.wdk.fulfill.dms.ebeecake.work.order.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackResponse {
  /** 响应提示信息 */
  resp_message?: string;
  /** 响应code */
  resp_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EbeecakeO2OCallbackOrder` of `alibaba.wdk.fulfill.dms.ebeecake.work.order.callback`. */
export interface AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackEbeecakeO2OCallbackOrderInput {
  /** 作业单号 */
  work_order_id?: string;
  /** 作业单类型： BATCH("批次"), ORDER("物流单") */
  work_order_type?: string;
  /** 作业状态变更类型：SHIP("揽收"),SIGN("妥投"),SIGN_ERROR("配送异常"),REFUSE("拒收") */
  status_change_type?: string;
  /** 作业状态变更时间 */
  status_change_time?: DateInput;
  /** 作业单元列表 */
  callback_units?: AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackEbeecakeO2OCallbackUnitInput[];
  /** 配送员 */
  postman?: AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackPostmanInput;
}

/** `EbeecakeO2OCallbackUnit` of `alibaba.wdk.fulfill.dms.ebeecake.work.order.callback`. */
export interface AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackEbeecakeO2OCallbackUnitInput {
  /** 作业内容列表 */
  callback_contents?: AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackEbeecakeO2OCallbackContentInput[];
  /** 作业单元号 */
  work_order_unit_id?: string;
}

/** `EbeecakeO2OCallbackContent` of `alibaba.wdk.fulfill.dms.ebeecake.work.order.callback`. */
export interface AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackEbeecakeO2OCallbackContentInput {
  /** 状态 */
  status?: string;
  /** 作业内容单号 */
  work_unit_content_id?: string;
}

/** `Postman` of `alibaba.wdk.fulfill.dms.ebeecake.work.order.callback`. */
export interface AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackPostmanInput {
  /** 配送员姓名 */
  postman_name?: string;
  /** 配送员编码 */
  postman_code?: string;
  /** 配送员手机 */
  postman_phone?: string;
  /** 服务商名称 */
  provider_name?: string;
  /** 服务商编码 */
  provider_code?: string;
}

const REQUEST_SCHEMA = {
  callback_order: {
    work_order_id: 'String',
    work_order_type: 'String',
    status_change_type: 'String',
    status_change_time: 'Date',
    callback_units: [
      {
        callback_contents: [
          {
            status: 'String',
            work_unit_content_id: 'String',
          },
        ],
        work_order_unit_id: 'String',
      },
    ],
    postman: {
      postman_name: 'String',
      postman_code: 'String',
      postman_phone: 'String',
      provider_name: 'String',
      provider_code: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_message: 'String',
  resp_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.fulfill.dms.ebeecake.work.order.callback`: method, response root, request and response schemas. */
export const alibabaWdkFulfillDmsEbeecakeWorkOrderCallbackOperation = {
  method: 'alibaba.wdk.fulfill.dms.ebeecake.work.order.callback',
  responseRoot: 'alibaba_wdk_fulfill_dms_ebeecake_work_order_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 北京小蜜蜂配作业回传 — calls TOP method `alibaba.wdk.fulfill.dms.ebeecake.work.order.callback`.
 *
 * 北京小蜜蜂配作业回传。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFulfillDmsEbeecakeWorkOrderCallback(
  client: TopClient,
  request: AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackResponse> {
  return client.call<AlibabaWdkFulfillDmsEbeecakeWorkOrderCallbackResponse>(
    {
      method: 'alibaba.wdk.fulfill.dms.ebeecake.work.order.callback',
      responseRoot: 'alibaba_wdk_fulfill_dms_ebeecake_work_order_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
