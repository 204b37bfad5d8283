// Generated from specs/flight/alitrip.agent.coordinate.process.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.coordinate.process` (慧飞商家协同单处理完成接口). */
export interface AlitripAgentCoordinateProcessRequest {
  /** 协同单处理完成参数 */
  processing_dto: AlitripAgentCoordinateProcessProcessingDTOInput;
}

/** Response of `alitrip.agent.coordinate.process`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentCoordinateProcessResponse {
  /** 协同单处理完成接口返回结果 */
  result?: AlitripAgentCoordinateProcessResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProcessingDTO` of `alitrip.agent.coordinate.process`. */
export interface AlitripAgentCoordinateProcessProcessingDTOInput {
  /** 协同单ID */
  case_id: Int64Input;
  /** 协同回复内容 */
  reply: string;
  /** 1:国内，2:国际 */
  domestic_intl: Int64Input;
  /** 协同单extraInfo总 */
  total_case_base_extra_info_dto?: AlitripAgentCoordinateProcessTotalCaseExtraInfoDTOInput;
  /** 附件列表 */
  file_info_dto_list?: AlitripAgentCoordinateProcessUploadFileInfoDTOInput[];
}

/** `TotalCaseExtraInfoDTO` of `alitrip.agent.coordinate.process`. */
export interface AlitripAgentCoordinateProcessTotalCaseExtraInfoDTOInput {
  /** 加订婴童问题类型extraInfo入参 */
  case_extra_add_baby_request_dto_list?: AlitripAgentCoordinateProcessCaseExtraAddBabyRequestDTOInput[];
  /** 二次回填问题类型extraInfo入参 */
  case_repeat_back_fill_extra_info_request_dto_list?: AlitripAgentCoordinateProcessCaseRepeatBackFillExtraInfoRequestDTOInput[];
  /** 改名改证件问题类型extraInfo入参 */
  case_change_passenger_extra_info_request_dto_list?: AlitripAgentCoordinateProcessCaseChangePassengerExtraInfoRequestDTOInput[];
}

/** `CaseExtraAddBabyRequestDTO` of `alitrip.agent.coordinate.process`. */
export interface AlitripAgentCoordinateProcessCaseExtraAddBabyRequestDTOInput {
  /** 人商品Id */
  passenger_item_id?: Int64Input;
  /** pnr号 */
  pnr?: string;
  /** 票号 */
  ticket_no?: string;
}

/** `CaseRepeatBackFillExtraInfoRequestDTO` of `alitrip.agent.coordinate.process`. */
export interface AlitripAgentCoordinateProcessCaseRepeatBackFillExtraInfoRequestDTOInput {
  /** 人商品Id */
  passenger_item_id?: Int64Input;
  /** 票号 */
  ticket_no?: string;
}

/** `CaseChangePassengerExtraInfoRequestDTO` of `alitrip.agent.coordinate.process`. */
export interface AlitripAgentCoordinateProcessCaseChangePassengerExtraInfoRequestDTOInput {
  /** 票号 */
  ticket_no?: string;
  /** 手工单人ID */
  manual_passenger_id?: Int64Input;
}

/** `UploadFileInfoDTO` of `alitrip.agent.coordinate.process`. */
export interface AlitripAgentCoordinateProcessUploadFileInfoDTOInput {
  /** 附件名称 */
  name?: string;
  /** 附件地址 */
  url?: string;
}

/** `Result` of `alitrip.agent.coordinate.process`. */
export interface AlitripAgentCoordinateProcessResult {
  /** 错误码 */
  error_code?: string;
  /** 错误原因 */
  error_msg?: string;
  /** 执行结果 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  processing_dto: {
    case_id: 'Number',
    reply: 'String',
    domestic_intl: 'Number',
    total_case_base_extra_info_dto: {
      case_extra_add_baby_request_dto_list: [
        {
          passenger_item_id: 'Number',
          pnr: 'String',
          ticket_no: 'String',
        },
      ],
      case_repeat_back_fill_extra_info_request_dto_list: [
        {
          passenger_item_id: 'Number',
          ticket_no: 'String',
        },
      ],
      case_change_passenger_extra_info_request_dto_list: [
        {
          ticket_no: 'String',
          manual_passenger_id: 'Number',
        },
      ],
    },
    file_info_dto_list: [
      {
        name: 'String',
        url: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.coordinate.process`: method, response root, request and response schemas. */
export const alitripAgentCoordinateProcessOperation = {
  method: 'alitrip.agent.coordinate.process',
  responseRoot: 'alitrip_agent_coordinate_process_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 慧飞商家协同单处理完成接口 — calls TOP method `alitrip.agent.coordinate.process`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentCoordinateProcess(
  client: TopClient,
  request: AlitripAgentCoordinateProcessRequest,
  options?: CallOptions,
): Promise<AlitripAgentCoordinateProcessResponse> {
  return client.call<AlitripAgentCoordinateProcessResponse>(
    {
      method: 'alitrip.agent.coordinate.process',
      responseRoot: 'alitrip_agent_coordinate_process_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
